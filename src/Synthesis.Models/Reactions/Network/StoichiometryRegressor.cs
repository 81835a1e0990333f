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
        var input = Inputs(UsesMixture, context, precursorMixture, elementVectors, reaction, element);
        var fractions = SegmentSoftmax.Apply(score.forward(input).squeeze(1), reaction, context.shape[0]);
        return zeros_like(present).index_put_(fractions, reaction, element);
    }

    /// <summary>Whether the input has the precursor mixture and the element's share of it.</summary>
    public bool UsesMixture => _usesMixture;

    /// <summary>The score network's input for each (reaction, element) row: matscholar_e ⊕ context_r [⊕ mixture_r ⊕ mixture_r,e].</summary>
    public static Tensor Inputs(bool usesMixture, Tensor context, Tensor precursorMixture, Tensor elementVectors, Tensor reaction, Tensor element)
    {
        var parts = new List<Tensor> { elementVectors.index_select(0, element), context.index_select(0, reaction) };
        if (usesMixture)
        {
            var mixture = precursorMixture.index_select(0, reaction);
            parts.Add(mixture);
            parts.Add(mixture.gather(1, element.unsqueeze(1)));
        }
        return cat(parts, 1);
    }

    /// <summary>
    /// The training loss of predicted fractions [batch, vocabulary] against the recorded ones, averaged over reactions:
    /// cross-entropy −Σ_i t_i log max(p_i, 1e-12), or the thesis' squared error Σ_i (p_i − t_i)².
    /// </summary>
    public static Tensor Loss(FractionLoss kind, Tensor predicted, Tensor targets) =>
        kind == FractionLoss.CrossEntropy
            ? -(targets * predicted.clamp_min(1e-12).log()).sum(1).mean()
            : (predicted - targets).pow(2).sum(1).mean();

    public static Tensor ElementVectors(ElementVocabulary vocabulary, Device device) =>
        stack(vocabulary.Elements.Select(e => tensor(ElementTable.Default.Matscholar(e).ToArray())).ToArray()).to(device);
}
