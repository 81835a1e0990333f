namespace Synthesis.Client;

/// <summary>
/// A predicted product: the top candidate's formula, ranked candidates with their probability and literature support,
/// per-element shares, the model's own rounded fractions (read beside the literature where the model has a retrieval-aware
/// stoichiometry) and their uncertainty, the closest dataset reactions, and
/// anything the caller should know (warnings).
/// </summary>
public sealed record Prediction(string Formula, IReadOnlyList<ElementShare> Elements, double Uncertainty,
    IReadOnlyList<Neighbour> Neighbours, string ModelVersion)
{
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];
    public string ModelFormula { get; init; } = "";
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// One product element: its fraction in the top candidate, the model's own fraction with the ensemble's std, and the probability
/// that it is present at all.
/// </summary>
public sealed record ElementShare(string Element, double Fraction, double FractionStd, double Probability)
{
    public double ModelFraction { get; init; }
}

/// <summary>A candidate product: formula, probability that the literature would record it, sources, and who records it.</summary>
public sealed record Candidate(string Formula, IReadOnlyDictionary<string, double> Fractions, double Probability,
    IReadOnlyList<string> Sources, int SupportingReactions, int SimilarSupportingReactions, IReadOnlyList<SupportingReaction> Examples)
{
    /// <summary>For an "analogue" candidate: the known products it is an analogue of (one element swapped).</summary>
    public IReadOnlyList<string> Analogues { get; init; } = [];

    /// <summary>For a "doped" candidate: the known product it dopes (empty otherwise, and from servers before 2026-11-30).</summary>
    public string DopedHost { get; init; } = "";
}

/// <summary>A stored reaction that records a candidate: precursor-set similarity to the query and the heating it reports.</summary>
public sealed record SupportingReaction(string ReactionId, string Doi, string ReactionString, double Similarity,
    IReadOnlyList<double> HeatingTemperaturesC, IReadOnlyList<double> HeatingTimesH);

/// <summary>A dataset reaction similar to a query (cosine similarity of reaction embeddings).</summary>
public sealed record Neighbour(string ReactionId, string Doi, string ReactionString, string Target, double Similarity);

/// <summary>One page of search results; pass <see cref="NextPageToken"/> back for the next (null on the last page).</summary>
public sealed record SearchResult(IReadOnlyList<Match> Matches, string? NextPageToken, int Total);

/// <summary>A kept dataset reaction matching a search, with its fuzzy score (0–100).</summary>
public sealed record Match(string ReactionId, string Doi, string ReactionString, string Target, IReadOnlyList<string> Precursors, int Score);

/// <summary>A reaction to predict: precursor formulas and the ordered action names ("mixing", "heating", …).</summary>
public sealed record ReactionInput(IReadOnlyList<string> Precursors, IReadOnlyList<string> Actions);
