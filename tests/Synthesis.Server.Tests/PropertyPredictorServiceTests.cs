extern alias server;

using Grpc.Core;
using server::Synthesis.Server.Services;
using server::Synthesis.Server.Startup;
using Synthesis.Server.Tests.Fixtures;
using Proto = server::Synthesis.Grpc.V1;

namespace Synthesis.Server.Tests;

/// <summary>PropertyPredictor called directly, with the shipped Roost band-gap model and Wren phonon-peak model.</summary>
public sealed class PropertyPredictorServiceTests(ShippedPropertyService shipped) : IClassFixture<ShippedPropertyService>
{
    private readonly PropertyPredictorService _service = shipped.Service;

    [Fact]
    public async Task Predicts_a_band_gap_with_its_unit_and_both_uncertainties()
    {
        var answer = await _service.PredictComposition(new Proto.PredictCompositionRequest { Formula = "NaCl" }, new TestCallContext());
        Assert.Equal(("NaCl", PropertyModels.DefaultCompositionModel, "eV"), (answer.Formula, answer.ModelName, answer.Unit));
        Assert.InRange(answer.Value, 4.0, 11.0); // measured 8.5 eV; the data's mean is 2.0 eV
        Assert.True(answer.AleatoricUncertainty > 0 && answer.EpistemicUncertainty >= 0);
    }

    [Fact]
    public async Task Lists_the_shipped_model_with_its_test_error()
    {
        var list = await _service.ListModels(new Proto.ListModelsRequest(), new TestCallContext());
        var shipped = Assert.Single(list.Models, m => m.Name == PropertyModels.DefaultCompositionModel);
        Assert.Equal(("Eg", "eV", Proto.PropertyInput.Composition), (shipped.Target, shipped.Unit, shipped.Input));
        Assert.True(shipped.TestMae is > 0 and < 1);
        var wren = Assert.Single(list.Models, m => m.Name == PropertyModels.DefaultStructureModel);
        Assert.Equal(("cm⁻¹", Proto.PropertyInput.Structure), (wren.Unit, wren.Input));
        Assert.True(wren.TestMae is > 0 and < 200); // fold 1's 99.5 cm⁻¹
    }

    [Theory]
    [InlineData("", "", "formula is required")]
    [InlineData("Zz2O3", "", "formula: unknown element 'Zz'")]
    [InlineData("Fe2(O3", "", "formula: ")]
    [InlineData("CdTe", "no-such-model", "model_name: unknown model 'no-such-model'")]
    [InlineData("CdTe", PropertyModels.DefaultStructureModel, "model_name: 'matbench_phonons' reads a structure (call PredictStructure)")]
    public async Task Bad_requests_are_invalid_arguments_naming_the_field(string formula, string model, string message)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _service.PredictComposition(new Proto.PredictCompositionRequest { Formula = formula, ModelName = model }, new TestCallContext()));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(message, error.Status.Detail);
    }

    [Fact]
    public async Task An_overlong_formula_is_refused_without_echoing_it_whole()
    {
        var formula = string.Concat(Enumerable.Repeat("Fe", 200));
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _service.PredictComposition(new Proto.PredictCompositionRequest { Formula = formula }, new TestCallContext()));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("formula: at most 256 characters", error.Status.Detail);
        Assert.True(error.Status.Detail.Length < 200);
    }
}
