using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Reactions;

/// <summary>
/// The stacked ensemble (every layer of all members one batched product) against the members run one by one, on random
/// weights (biases too, so no term is trivially zero): the same outputs within 1e-5 and the same chosen elements.
/// </summary>
public sealed class StackedEnsembleTests
{
    private const float Tolerance = 1e-5f;

    [Theory]
    [InlineData(RegressorContext.MeanEmbedding, true)]
    [InlineData(RegressorContext.MemberEmbeddings, false)]
    public void StackedMembersGiveTheOutputsOfTheMembersOneByOne(RegressorContext context, bool precursorMixture)
    {
        var options = SyntheticReactions.TinyTraining(epochs: 1).Model with { RegressorContext = context, RegressorPrecursorMixture = precursorMixture };
        var examples = SyntheticReactions.Make(40, 11);
        using var model = RandomReactionModel.Make(options, members: 3, examples);
        using var work = BatchScope.Begin();
        using var inference = inference_mode();
        var batch = model.Batcher.Build(examples);
        var (stacked, oneByOne) = (model.Forward(batch, stacked: true), model.Forward(batch, stacked: false));

        for (var i = 0; i < examples.Length; i++)
        {
            Assert.Equal(oneByOne.Present[i], stacked.Present[i]);
            AssertClose(oneByOne.Probabilities[i], stacked.Probabilities[i]);
            AssertClose(oneByOne.Fractions[i], stacked.Fractions[i]);
            AssertClose(oneByOne.FractionStd[i], stacked.FractionStd[i]);
            AssertClose(oneByOne.Embeddings[i], stacked.Embeddings[i]);
            Assert.InRange(stacked.Uncertainty[i], oneByOne.Uncertainty[i] - Tolerance, oneByOne.Uncertainty[i] + Tolerance);
        }
        Assert.Contains(stacked.FractionStd, row => row.Any(v => v > 0.01f)); // the members differ, so a mix-up would show
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        var largest = expected.Zip(actual, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(largest <= Tolerance, $"largest difference {largest:g3} above {Tolerance:g1}");
    }
}
