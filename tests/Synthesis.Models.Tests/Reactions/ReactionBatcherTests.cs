using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Reactions;

public sealed class ReactionBatcherTests
{
    [Fact]
    public void PrecursorMixtureIsTheEqualPartsMixtureOfThePrecursorFormulas()
    {
        var example = new ReactionExample("q", [Composition.Parse("Li2CO3"), Composition.Parse("NiO")], [ActionClass.Heating], null);
        var vocabulary = ElementVocabulary.Of(SyntheticReactions.Make(16, 1));
        var featurizer = PrecursorFeaturizer.Fit(example.Precursors);
        using var scope = NewDisposeScope();
        var mixture = new ReactionBatcher(vocabulary, featurizer, CPU).Build([example]).PrecursorMixture[0];

        // Li2CO3 is 2/6 Li, 1/6 C, 3/6 O; NiO is 1/2 Ni, 1/2 O; each precursor counts half.
        Assert.Equal(1.0 / 6, mixture[vocabulary.IndexOf("Li")].item<float>(), 5);
        Assert.Equal(1.0 / 12, mixture[vocabulary.IndexOf("C")].item<float>(), 5);
        Assert.Equal(1.0 / 4, mixture[vocabulary.IndexOf("Ni")].item<float>(), 5);
        Assert.Equal(1.0 / 2, mixture[vocabulary.IndexOf("O")].item<float>(), 5);
        Assert.Equal(1.0, mixture.sum().item<float>(), 5);
    }
}
