using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions.Candidates;

namespace Synthesis.Models.Reactions;

/// <summary>
/// What the product of a reaction will be, with its uncertainty and the literature reactions most like it.
/// Thread-safe; implementations load their weights once.
/// </summary>
public interface IReactionPredictor
{
    string ModelVersion { get; }

    /// <summary>
    /// Predicts many reactions in one batch, each with up to <paramref name="candidates"/> ranked candidate products
    /// and <paramref name="neighbours"/> nearest literature reactions; throws <see cref="ArgumentException"/> for invalid queries.
    /// </summary>
    IReadOnlyList<ProductPrediction> Predict(IReadOnlyList<ReactionQuery> queries, int neighbours, int candidates);

    /// <summary>The k dataset reactions nearest (cosine of reaction embeddings) to a stored reaction; null if the id is unknown.</summary>
    IReadOnlyList<SimilarReaction>? SimilarTo(string reactionId, int k);
}

/// <summary>Precursors (2–10) and the ordered action sequence. Molar amounts are not part of it: the model never sees them.</summary>
public sealed record ReactionQuery(IReadOnlyList<Composition> Precursors, IReadOnlyList<ActionClass> Actions)
{
    /// <summary>
    /// The stored reaction the query was read from (curation asks about its own records), or null for a caller's query.
    /// Its candidates then never come from, nor are supported by, that reaction or any reaction of its paper.
    /// </summary>
    public StoredReaction? Stored { get; init; }
}

/// <summary>A stored reaction's id and DOI: what the leak rule leaves out of its own candidates.</summary>
public sealed record StoredReaction(string Id, string Doi);

/// <summary>
/// The answer for one reaction. <see cref="Formula"/> names the top candidate (the model's rounded fractions when
/// there are no candidates); <see cref="ModelFormula"/> is always the regression's own rounded answer: its
/// retrieval-aware fractions where the model has a <see cref="Candidates.RetrievalStoichiometry"/>, else the ensemble's mean.
/// </summary>
public sealed record ProductPrediction(
    string Formula,
    IReadOnlyList<ElementPrediction> Elements,
    double Uncertainty,
    IReadOnlyList<SimilarReaction> Neighbours,
    IReadOnlyList<ProductCandidate> Candidates,
    string ModelFormula,
    IReadOnlyList<string> Warnings);

/// <summary>
/// One product element: its fraction in the top candidate, the model's own fraction (as <see cref="ProductPrediction.ModelFormula"/>)
/// with the ensemble's std, and the classifier's probability that it is present.
/// </summary>
public sealed record ElementPrediction(string Element, double Fraction, double FractionStd, double Probability, double ModelFraction);

public sealed record SimilarReaction(string ReactionId, string Doi, string ReactionString, string Target, double Similarity);
