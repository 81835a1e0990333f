using Synthesis.Models.Reactions.Network;

namespace Synthesis.Models.Reactions;

/// <summary>
/// Architecture of the reaction model (Goodall thesis ch. 5, after Malik et al.). Defaults are the published values,
/// so that a model.json written before an option existed still loads as what it was; `synthesis train` picks our
/// measured improvements explicitly.
/// </summary>
public sealed record ReactionModelOptions
{
    public int NodeSize { get; init; } = 128;
    public int MessageLayers { get; init; } = 5;
    public int Heads { get; init; } = 3;
    public int HiddenSize { get; init; } = 256;
    public int[] ClassifierHidden { get; init; } = [256, 512, 512, 256];
    public int[] RegressorHidden { get; init; } = [256, 256, 256, 256, 128, 128, 64];
    public ReactionEncoderKind Encoder { get; init; } = ReactionEncoderKind.ReactionGraph;
    /// <summary>Baseline without the alchemy mask: every vocabulary element may appear in any product.</summary>
    public bool UseAlchemyMask { get; init; } = true;
    /// <summary>Ablation: replace every action embedding by zeros.</summary>
    public bool UseActions { get; init; } = true;
    /// <summary>What the stoichiometry regressor sees of the reaction besides each element's matscholar vector.</summary>
    public RegressorContext RegressorContext { get; init; } = RegressorContext.MeanEmbedding;
    /// <summary>
    /// Also give the regressor the composition of an equal-parts mixture of the precursors and each element's share of it
    /// (formulas only, never amounts). The averaged embedding alone leaves the regressor unable to fit even its training set.
    /// </summary>
    public bool RegressorPrecursorMixture { get; init; }
    public FractionLoss RegressorLoss { get; init; } = FractionLoss.SquaredError;

    /// <summary>
    /// A small architecture (node size 48, 3 message layers, 2 heads, hidden 96, classifier 128-128, regressor 128-64):
    /// what the curation run's fold members use so that five folds train on two cores within its budget, and what
    /// `synthesis train reaction --size small` trains for quick comparisons (e.g. before and after curation).
    /// </summary>
    public static ReactionModelOptions Small { get; } = new()
    {
        NodeSize = 48, MessageLayers = 3, Heads = 2, HiddenSize = 96, ClassifierHidden = [128, 128], RegressorHidden = [128, 64],
    };
}

public enum RegressorContext
{
    /// <summary>The thesis: r̄, the classifier members' reaction embeddings averaged.</summary>
    MeanEmbedding,
    /// <summary>Every member's embedding side by side: unlike the average, it keeps each member's own (unaligned) coordinates.</summary>
    MemberEmbeddings,
}

public enum FractionLoss
{
    /// <summary>The thesis: squared error of the fractions, summed over elements.</summary>
    SquaredError,
    /// <summary>Cross-entropy of the predicted fractions against the recorded ones, a loss on the whole distribution.</summary>
    CrossEntropy,
}
