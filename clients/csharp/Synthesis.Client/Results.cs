namespace Synthesis.Client;

/// <summary>A predicted product: formula, per-element shares, overall uncertainty and the closest dataset reactions.</summary>
public sealed record Prediction(string Formula, IReadOnlyList<ElementShare> Elements, double Uncertainty,
    IReadOnlyList<Neighbour> Neighbours, string ModelVersion);

/// <summary>Atomic fraction ± ensemble std of one product element, and the probability that it is present.</summary>
public sealed record ElementShare(string Element, double Fraction, double FractionStd, double Probability);

/// <summary>A dataset reaction similar to a query (cosine similarity of reaction embeddings).</summary>
public sealed record Neighbour(string ReactionId, string Doi, string ReactionString, string Target, double Similarity);

/// <summary>One page of search results; pass <see cref="NextPageToken"/> back for the next (null on the last page).</summary>
public sealed record SearchResult(IReadOnlyList<Match> Matches, string? NextPageToken, int Total);

/// <summary>A kept dataset reaction matching a search, with its fuzzy score (0–100).</summary>
public sealed record Match(string ReactionId, string Doi, string ReactionString, string Target, IReadOnlyList<string> Precursors, int Score);

/// <summary>A reaction to predict: precursor formulas and the ordered action names ("mixing", "heating", …).</summary>
public sealed record ReactionInput(IReadOnlyList<string> Precursors, IReadOnlyList<string> Actions);
