using TorchSharp;
using Synthesis.Chemistry.Elements;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;
using Synthesis.Models.Network;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// One regressor ensemble member: for each product element i, s_i = h(matscholar_i ⊕ r [⊕ mixture ⊕ share_i]) through a
/// residual MLP (share_i: element i's share of the equal-parts precursor mixture, given with the whole
/// mixture); a softmax over the product's elements turns the scores into fractions.
/// </summary>
public sealed class StoichiometryRegressor : nn.Module
{
    private readonly ResidualMlp score;
    private readonly bool _usesMixture;

    public StoichiometryRegressor(ReactionModelOptions options, int members, int vocabulary) : base(nameof(StoichiometryRegressor))
    {
        var context = options.RegressorContext == RegressorContext.MemberEmbeddings ? members * options.NodeSize : options.NodeSize;
        _usesMixture = options.RegressorPrecursorMixture;
        score = new ResidualMlp(ElementTable.MatscholarDimension + context + (_usesMixture ? vocabulary + 1 : 0), options.RegressorHidden, 1);
        RegisterComponents();
    }

    /// <param name="context">[batch, context] what the regressor sees of each reaction</param>
    /// <param name="precursorMixture">[batch, vocabulary] each element's share of the equal-parts precursor mixture</param>
    /// <param name="elementVectors">[vocabulary, 200] matscholar embedding of each vocabulary element</param>
    /// <param name="present">[batch, vocabulary] 1 where the element is (taken to be) in the product</param>
    /// <returns>[batch, vocabulary] fractions, zero outside the product's elements</returns>
    public Tensor Fractions(Tensor context, Tensor precursorMixture, Tensor elementVectors, Tensor present)
    {
        var rows = present.nonzero();
        var (reaction, element) = (rows[.., 0], rows[.., 1]);
        var parts = new List<Tensor> { elementVectors.index_select(0, element), context.index_select(0, reaction) };
        if (_usesMixture)
        {
            var mixture = precursorMixture.index_select(0, reaction);
            parts.Add(mixture);
            parts.Add(mixture.gather(1, element.unsqueeze(1)));
        }
        var fractions = SegmentSoftmax.Apply(score.forward(cat(parts, 1)).squeeze(1), reaction, context.shape[0]);
        return zeros_like(present).index_put_(fractions, reaction, element);
    }

    public static Tensor ElementVectors(ElementVocabulary vocabulary, Device device) =>
        stack(vocabulary.Elements.Select(e => tensor(ElementTable.Default.Matscholar(e).ToArray())).ToArray()).to(device);
}
