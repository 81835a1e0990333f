using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;

namespace Synthesis.Models.Reactions;

/// <summary>
/// What the product of a reaction will be, with its uncertainty and the literature reactions most like it.
/// Thread-safe; implementations load their weights once.
/// </summary>
public interface IReactionPredictor
{
    string ModelVersion { get; }

    /// <summary>Predicts many reactions in one batch; throws <see cref="ArgumentException"/> for invalid queries.</summary>
    IReadOnlyList<ProductPrediction> Predict(IReadOnlyList<ReactionQuery> queries, int neighbours);

    /// <summary>The k dataset reactions nearest (cosine of reaction embeddings) to a stored reaction; null if the id is unknown.</summary>
    IReadOnlyList<SimilarReaction>? SimilarTo(string reactionId, int k);
}

/// <summary>Precursors (2–10) and the ordered action sequence. Molar amounts are not part of it: the model never sees them.</summary>
public sealed record ReactionQuery(IReadOnlyList<Composition> Precursors, IReadOnlyList<ActionClass> Actions);

public sealed record ProductPrediction(
    string Formula,
    IReadOnlyList<ElementPrediction> Elements,
    double Uncertainty,
    IReadOnlyList<SimilarReaction> Neighbours);

/// <summary>Predicted fraction ± ensemble std of one product element, and the classifier's probability that it is present.</summary>
public sealed record ElementPrediction(string Element, double Fraction, double FractionStd, double Probability);

public sealed record SimilarReaction(string ReactionId, string Doi, string ReactionString, string Target, double Similarity);
