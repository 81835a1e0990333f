using Synthesis.Chemistry.Wyckoff;
using Synthesis.Data.Properties;
using Synthesis.Models.Properties.Wren;
using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Properties;

public sealed class WrenTests : IDisposable
{
    /// <summary>Rows of datasets/properties/wren-examples.csv (formation energy E_f, eV/atom).</summary>
    private static readonly (string Label, double Energy)[] Examples =
    [
        ("A_hP2_194_c:Hf", 0.0),
        ("AB6C3_hR30_160_a_2b_b:Hf-N-Zn", 0.632),
        ("AB6C3_hR30_148_a_f_bc:Hf-N-Zn", 0.871),
        ("AB6C2_mC18_12_a_ij_i:Hf-N-Zn", 0.126),
        ("A2BC4_cF112_227_e_c_df:Hf-N-Zn", 0.294),
        ("A2B9C4_oP60_60_d_c4d_2d:Hf-N-Zn", -0.037),
        ("A2B4C_oP28_61_c_2c_a:Hf-N-Zn", -0.601),
    ];

    /// <summary>wren-examples labels with the most equivalent labellings (Pmmm has 48 relabellings; C2/m, Pmmn, P2₁/c 4).</summary>
    private static readonly string[] ManyLabellings =
    [
        "A2BC_oP4_47_k_a_d:N-Zn-Zr", "A5BC4_oP20_59_a2e_a_2be:N-Zn-Zr",
        "A3B2C2_mP14_14_ae_e_e:N-Zn-Zr", "AB6C2_mC18_12_a_ij_i:Hf-N-Zn", "A2BC4_cF112_227_e_c_df:Hf-N-Zn",
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-wren-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_prediction_does_not_depend_on_which_equivalent_labelling_is_given()
    {
        random.manual_seed(11);
        using var network = new WrenNetwork(new WrenOptions());
        network.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var checkedLabellings = 0;
        foreach (var text in ManyLabellings)
        {
            var label = ProtostructureLabel.Parse(text);
            var equivalents = WyckoffRelabelings.Equivalents(label, WyckoffTables.Default);
            using var batch = WrenBatch.Build(equivalents, CPU);
            var (mean, logStd) = network.Forward(batch);
            // Float32 throughout; every labelling averages over the same closed set, so the outputs agree to within 1e-5 (measured: identical).
            for (var i = 1; i < equivalents.Count; i++)
            {
                Assert.Equal(mean[0].item<float>(), mean[i].item<float>(), 1e-5);
                Assert.Equal(logStd[0].item<float>(), logStd[i].item<float>(), 1e-5);
                checkedLabellings++;
            }
        }
        Assert.True(checkedLabellings >= 10, $"only {checkedLabellings} equivalent labellings checked");
    }

    [Fact]
    public void Without_the_average_equivalent_labellings_would_give_different_outputs()
    {
        // The invariance above is the averaging's doing, not the network's: one labelling at a time, the outputs differ.
        random.manual_seed(11);
        using var network = new WrenNetwork(new WrenOptions());
        network.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var labellings = WrenLabellings.Of(ProtostructureLabel.Parse(ManyLabellings[0]));
        Assert.True(labellings.Count > 1);
        using var single = WrenBatch.Build(labellings, CPU, augment: false);
        var outputs = network.Forward(single).Mean.data<float>().ToArray();
        Assert.True(outputs.Max() - outputs.Min() > 1e-4, $"single labellings gave outputs within {outputs.Max() - outputs.Min():E1}");
    }

    [Fact]
    public void A_tiny_ensemble_overfits_a_few_structures_and_reloads_from_its_folder()
    {
        var rows = Examples.Select((e, i) => StructureRecord.Of($"{i}", ProtostructureLabel.Parse(e.Label), e.Energy)).ToArray();
        // A narrow network on the same code path (AdamW, robust loss, float16 members, all labellings per step).
        var options = new WrenOptions { Members = 2, HiddenSize = 32, OutputHidden = [64, 32], MaxEpochs = 150, BatchSize = 8, LearningRate = 1e-3, WeightDecay = 0 };
        var plan = new WrenTrainingPlan("E_f", "eV/atom", "seven wren-examples rows", rows, rows, Seed: 1);

        using var trained = new WrenTrainer(options, CPU, null).Train(plan, _directory, Path.Combine(_directory, "checkpoints"), resume: false);
        using var reloaded = WrenModel.Load(_directory, CPU);
        var predictions = reloaded.Predict(rows.Select(r => r.Label).ToArray());

        // Seven points spread over 1.5 eV/atom, 150 full-batch steps: the fit gets well under 0.1 eV/atom; float16 weights add < 0.01.
        var mae = predictions.Zip(rows, (p, r) => Math.Abs(p.Value - r.Value)).Average();
        Assert.True(mae < 0.1, $"mean absolute error {mae:0.000} eV/atom after overfitting");
        Assert.Equal(2, reloaded.Manifest.Members);
        Assert.All(predictions, p => Assert.True(p.Aleatoric > 0 && p.Epistemic >= 0 && double.IsFinite(p.Total)));
        var relabelled = WyckoffRelabelings.Equivalents(rows[4].Label, WyckoffTables.Default)[^1];
        Assert.NotEqual(rows[4].Label, relabelled);
        Assert.Equal(predictions[4].Value, reloaded.Predict([relabelled])[0].Value, 1e-5);
    }
}
