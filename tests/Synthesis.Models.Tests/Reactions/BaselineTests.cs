using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Baselines;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Evaluation;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Reactions;

public sealed class BaselineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-baseline-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void NullBaselineUsesEveryPrecursorElementAtItsMeanTrainingFraction()
    {
        var training = new[]
        {
            new ReactionExample("a", [Composition.Parse("NiO")], [], Composition.Parse("NaNiO2")),
            new ReactionExample("b", [Composition.Parse("NiO")], [], Composition.Parse("NiO")),
        };
        var baseline = new NullBaseline(training);
        var query = new ReactionExample("q", [Composition.Parse("Na2CO3"), Composition.Parse("NiO")], [], null);
        var predicted = baseline.Predict(query);
        // Mean fractions: Na 0.25, Ni (0.25 + 0.5) / 2, O (0.5 + 0.5) / 2; C never in a product: mean of those means.
        var (na, ni, o) = (0.25, 0.375, 0.5);
        var c = (na + ni + o) / 3;
        Assert.Equal(["Na", "C", "O", "Ni"], predicted.Elements);
        Assert.Equal(na / (na + ni + o + c), predicted["Na"], 10);
        Assert.Equal(c / (na + ni + o + c), predicted["C"], 10);
    }

    [Fact]
    public void SameInputsBaselineAveragesTheProductsOfIdenticalTrainingReactions()
    {
        ActionClass[] heat = [ActionClass.DryMixing, ActionClass.Heating];
        var training = new[]
        {
            new ReactionExample("a", [Composition.Parse("La2O3"), Composition.Parse("SrCO3")], heat, Composition.Parse("La0.9Sr0.1O")),
            new ReactionExample("b", [Composition.Parse("SrCO3"), Composition.Parse("La2O3")], heat, Composition.Parse("La0.7Sr0.3O")),
            new ReactionExample("c", [Composition.Parse("La2O3"), Composition.Parse("SrCO3")], [ActionClass.Heating], Composition.Parse("SrO")),
        };
        var baseline = new SameInputsBaseline(training);

        var twin = baseline.Predict(new ReactionExample("q", [Composition.Parse("SrCO3"), Composition.Parse("La2O3")], heat, null));
        Assert.NotNull(twin);
        // Normalised products: La 0.45 / 0.35, Sr 0.05 / 0.15, O 0.5 each.
        Assert.Equal(0.40, twin["La"], 10);
        Assert.Equal(0.10, twin["Sr"], 10);
        Assert.Equal(0.50, twin["O"], 10);
        Assert.Null(baseline.Predict(new ReactionExample("q", [Composition.Parse("La2O3"), Composition.Parse("SrCO3")], [ActionClass.Drying], null)));
    }

    [Fact]
    public void MagpieBaselineTrainsOnUpToThreePrecursorsAndRefusesMore()
    {
        var data = SyntheticReactions.Data(24, 8, 8);
        var options = SyntheticReactions.TinyTraining(epochs: 20, members: 1) with
        {
            Model = SyntheticReactions.TinyTraining(1).Model with { Encoder = ReactionEncoderKind.MagpieSlots },
        };
        using var model = new ReactionModelTrainer(options, CPU, null).Train(data, Path.Combine(_directory, "m"), Path.Combine(_directory, "c"), false)!;
        var output = model.Predict(data.Train);
        var metrics = ReactionMetrics.Compute(data.Train.Select((e, i) => (e.Product!, model.Product(output, i))).ToArray());
        Assert.True(metrics.MeanL1 < 0.6, $"mean L1 {metrics.MeanL1}");

        var four = new ReactionExample("q", new[] { "Li2CO3", "NiO", "MnO2", "Co3O4" }.Select(Composition.Parse).ToArray(), [], null);
        var error = Assert.Throws<ArgumentException>(() => model.Predict([four]));
        Assert.Contains("--max-precursors 3", error.Message);
    }

    [Fact]
    public void WithoutTheMaskEveryVocabularyElementIsAllowed()
    {
        var data = SyntheticReactions.Data(8, 4, 4);
        var vocabulary = ElementVocabulary.Of(data.Train);
        var featurizer = PrecursorFeaturizer.Fit(data.Train.SelectMany(e => e.Precursors));
        using var scope = NewDisposeScope();
        var masked = new ReactionBatcher(vocabulary, featurizer, CPU).Build(data.Test).AllowedMask;
        var unmasked = new ReactionBatcher(vocabulary, featurizer, CPU, alchemyMask: false).Build(data.Test).AllowedMask;
        Assert.True(masked.sum().item<float>() < unmasked.sum().item<float>());
        Assert.Equal(data.Test.Count * vocabulary.Count, unmasked.sum().item<float>());
    }
}
