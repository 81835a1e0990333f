using TorchSharp;
using Synthesis.Chemistry.Elements;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// One regressor ensemble member: for each product element i, s_i = h(matscholar_i ⊕ r) through a residual
/// MLP; a softmax over the product's elements turns the scores into fractions.
/// </summary>
public sealed class StoichiometryRegressor : nn.Module
{
    private readonly ResidualMlp score;

    public StoichiometryRegressor(ReactionModelOptions options) : base(nameof(StoichiometryRegressor))
    {
        score = new ResidualMlp(ElementTable.MatscholarDimension + options.NodeSize, options.RegressorHidden, 1);
        RegisterComponents();
    }

    /// <param name="embeddings">[batch, NodeSize] reaction embeddings</param>
    /// <param name="elementVectors">[vocabulary, 200] matscholar embedding of each vocabulary element</param>
    /// <param name="present">[batch, vocabulary] 1 where the element is (taken to be) in the product</param>
    /// <returns>[batch, vocabulary] fractions, zero outside the product's elements</returns>
    public Tensor Fractions(Tensor embeddings, Tensor elementVectors, Tensor present)
    {
        var rows = present.nonzero();
        var (reaction, element) = (rows[.., 0], rows[.., 1]);
        var input = cat([elementVectors.index_select(0, element), embeddings.index_select(0, reaction)], 1);
        var fractions = SegmentSoftmax.Apply(score.forward(input).squeeze(1), reaction, embeddings.shape[0]);
        return zeros_like(present).index_put_(fractions, reaction, element);
    }

    public static Tensor ElementVectors(ElementVocabulary vocabulary, Device device) =>
        stack(vocabulary.Elements.Select(e => tensor(ElementTable.Default.Matscholar(e).ToArray())).ToArray()).to(device);
}
