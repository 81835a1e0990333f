using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Evaluation;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Reactions;

public sealed class ReactionModelTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-model-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ReactionModel Train(TrainingData data, int epochs, int members = 2, Func<ReactionModelOptions, ReactionModelOptions>? variant = null)
    {
        var options = SyntheticReactions.TinyTraining(epochs, members);
        if (variant is not null) options = options with { Model = variant(options.Model) };
        return new ReactionModelTrainer(options, CPU, null)
            .Train(data, Path.Combine(_directory, "model"), Path.Combine(_directory, "checkpoints"), resume: false)!;
    }

    [Fact]
    public void OverfitsATinySetAndPredictsOnlyAllowedElementsWithFractionsSummingToOne()
    {
        var data = SyntheticReactions.Data(32, 16, 16);
        using var model = Train(data with { Validation = data.Train }, epochs: 60);
        var output = model.Predict(data.Train);

        var metrics = ReactionMetrics.Compute(data.Train.Select((e, i) => (e.Product!, model.Product(output, i))).ToArray());
        Assert.True(metrics.SubsetAccuracy >= 0.95, $"subset accuracy on the training set {metrics.SubsetAccuracy}");
        Assert.True(metrics.MeanL1 < 0.1, $"mean L1 on the training set {metrics.MeanL1}");

        for (var i = 0; i < data.Train.Count; i++)
        {
            var allowed = data.Train[i].AllowedElements().ToHashSet();
            for (var v = 0; v < model.Vocabulary.Count; v++)
                if (!allowed.Contains(model.Vocabulary.Elements[v]))
                {
                    Assert.Equal(0f, output.Probabilities[i][v]);
                    Assert.False(output.Present[i][v]);
                    Assert.Equal(0f, output.Fractions[i][v]);
                }
            Assert.Equal(1.0, output.Fractions[i].Sum(), 4);
            Assert.True(output.Uncertainty[i] >= 0);
        }
    }

    [Fact]
    public void AlchemyMaskHoldsEvenForAnUntrainedModelAndUnseenPrecursors()
    {
        var data = SyntheticReactions.Data(16, 8, 8);
        using var model = Train(data, epochs: 1, members: 1);
        var query = new ReactionExample("q", [Composition.Parse("Li2CO3"), Composition.Parse("NiO")], [ActionClass.Heating], null);
        var output = model.Predict([query]);
        var predicted = model.Product(output, 0).Elements.ToHashSet();
        Assert.Subset(new HashSet<string> { "Li", "C", "Ni", "O" }, predicted);
        Assert.True(predicted.Count >= 2);
    }

    [Fact]
    public void SavedModelReloadsToTheSamePredictions()
    {
        var data = SyntheticReactions.Data(16, 8, 8);
        using var model = Train(data, epochs: 3);
        using var reloaded = ReactionModel.Load(Path.Combine(_directory, "model"), CPU);
        var (a, b) = (model.Predict(data.Test), reloaded.Predict(data.Test));
        Assert.Equal(model.Manifest.Threshold, reloaded.Manifest.Threshold);
        for (var i = 0; i < data.Test.Count; i++)
        {
            Assert.Equal(a.Probabilities[i], b.Probabilities[i]);
            Assert.Equal(a.Fractions[i], b.Fractions[i]);
        }
    }

    [Theory]
    [InlineData(RegressorContext.MemberEmbeddings, false, FractionLoss.SquaredError)]
    [InlineData(RegressorContext.MeanEmbedding, true, FractionLoss.CrossEntropy)]
    public void RegressorVariantsLearnTheFractionsAndReload(RegressorContext context, bool precursorMixture, FractionLoss loss)
    {
        var data = SyntheticReactions.Data(32, 16, 16);
        using var model = Train(data with { Validation = data.Train }, epochs: 60,
            variant: o => o with { RegressorContext = context, RegressorPrecursorMixture = precursorMixture, RegressorLoss = loss });
        var output = model.Predict(data.Train);
        var metrics = ReactionMetrics.Compute(data.Train.Select((e, i) => (e.Product!, model.Product(output, i))).ToArray());
        Assert.True(metrics.MeanL1 < 0.1, $"mean L1 on the training set {metrics.MeanL1}");

        using var reloaded = ReactionModel.Load(Path.Combine(_directory, "model"), CPU);
        Assert.Equal(context, reloaded.Manifest.Options.RegressorContext);
        var again = reloaded.Predict(data.Train);
        for (var i = 0; i < data.Train.Count; i++) Assert.Equal(output.Fractions[i], again.Fractions[i]);
    }

    [Fact]
    public void LoadingAMissingModelSaysHowToMakeOne()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ReactionModel.Load(Path.Combine(_directory, "nothing"), CPU));
        Assert.Contains("synthesis train reaction", error.Message);
    }
}
