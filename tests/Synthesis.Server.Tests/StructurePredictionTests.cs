extern alias server;

using Grpc.Core;
using server::Synthesis.Server.Startup;
using Synthesis.Server.Tests.Fixtures;
using Proto = server::Synthesis.Grpc.V1;

namespace Synthesis.Server.Tests;

/// <summary>PropertyPredictor.PredictStructure called directly, with the shipped Wren model (Matbench phonons, last phonon DOS peak).</summary>
public sealed class StructurePredictionTests(ShippedPropertyService shipped) : IClassFixture<ShippedPropertyService>
{
    private Task<Proto.PropertyPrediction> Predict(string label = "", string cif = "", string json = "", string model = "") =>
        shipped.Service.PredictStructure(new Proto.PredictStructureRequest { Label = label, Cif = cif, PymatgenJson = json, ModelName = model }, new TestCallContext());

    [Fact]
    public async Task A_cif_gets_its_label_and_a_phonon_peak_with_both_uncertainties()
    {
        var answer = await Predict(cif: RealStructures.DelafossiteCif);

        Assert.Equal((RealStructures.DelafossiteLabel, "AlCuO2", PropertyModels.DefaultStructureModel, "cm⁻¹"), (answer.ProtostructureLabel, answer.Formula, answer.ModelName, answer.Unit));
        Assert.InRange(answer.Value, 500, 1200); // measured 747 cm⁻¹; true 858, the data's mean 581
        Assert.True(answer.AleatoricUncertainty > 0 && answer.EpistemicUncertainty >= 0);
    }

    [Fact]
    public async Task A_label_and_pymatgen_json_of_one_structure_agree()
    {
        var fromLabel = await Predict(label: RealStructures.BariumTellurideLabel);
        var fromJson = await Predict(json: RealStructures.BariumTellurideJson);

        Assert.Equal(RealStructures.BariumTellurideLabel, fromJson.ProtostructureLabel);
        Assert.Equal(fromLabel.Value, fromJson.Value, 1e-9); // the same label in: the same numbers out
        Assert.InRange(fromJson.Value, 40, 300); // measured 102 cm⁻¹ (true 99): heavy atoms, low frequencies, far below CuAlO2's
    }

    [Fact]
    public async Task An_equivalent_labelling_gives_the_same_prediction()
    {
        var given = await Predict(label: RealStructures.BariumTellurideLabel);
        var swapped = await Predict(label: "AB_cF8_225_b_a:Ba-Te");

        Assert.Equal(given.Value, swapped.Value, 1e-4); // float32 sums over the same set of labellings in another order
        Assert.Equal(given.AleatoricUncertainty, swapped.AleatoricUncertainty, 1e-4);
    }

    [Theory]
    [InlineData("", "", "", "", "label: give exactly one of label, cif or pymatgen_json, got none")]
    [InlineData("A_hP2_194_c:Zn", "data_x", "", "", "label: give exactly one of label, cif or pymatgen_json, got label and cif")]
    [InlineData("AB6C3_hR31_160_a_2b_b:Hf-N-Zn", "", "", "", "label: Pearson symbol hR31 counts 31 atoms")]
    [InlineData("A_hP2_194:Zn", "", "", "", "label: ")]
    [InlineData("", "data_x\n_cell_length_a 3\n", "", "", "cif: no _cell_length_b")]
    [InlineData("", "", "{\"sites\": []}", "", "pymatgen_json: ")]
    [InlineData("A_hP2_194_c:Zn", "", "", "no-such-model", "model_name: unknown model 'no-such-model'")]
    [InlineData("A_hP2_194_c:Zn", "", "", PropertyModels.DefaultCompositionModel, "model_name: 'expt-non-metals-from-mp-non-metals' reads a composition (call PredictComposition)")]
    public async Task Bad_structures_are_invalid_arguments_naming_the_field(string label, string cif, string json, string model, string message)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Predict(label, cif, json, model));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(message, error.Status.Detail);
        Assert.Single(error.Status.Detail.Split('\n'));
    }

    [Theory]
    [InlineData("label", 513)]
    [InlineData("cif", 1_048_577)]
    [InlineData("pymatgen_json", 1_048_577)]
    public async Task Oversize_input_is_refused_without_echoing_it_whole(string field, int length)
    {
        var text = new string('x', length);
        var error = await Assert.ThrowsAsync<RpcException>(() => field switch
        {
            "label" => Predict(label: text),
            "cif" => Predict(cif: text),
            _ => Predict(json: text),
        });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith($"{field}: at most {length - 1:N0} characters, got {length:N0}", error.Status.Detail);
        Assert.True(error.Status.Detail.Length < 200);
    }

    [Fact]
    public async Task A_long_bad_label_is_echoed_at_most_64_characters()
    {
        var label = "AB_cF8_225_a_b:" + string.Concat(Enumerable.Repeat("Xx-", 150)) + "Te";

        var error = await Assert.ThrowsAsync<RpcException>(() => Predict(label: label));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("label: ", error.Status.Detail);
        Assert.True(error.Status.Detail.Length < 250, error.Status.Detail);
    }

    [Fact]
    public async Task A_call_cancelled_before_it_runs_is_not_run()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            shipped.Service.PredictStructure(new Proto.PredictStructureRequest { Cif = RealStructures.DelafossiteCif }, new TestCallContext(cancellation: cancelled.Token)));
    }
}
