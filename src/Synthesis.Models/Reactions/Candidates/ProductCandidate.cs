namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// One possible product of a reaction: a real, simple formula, its atomic fractions, the scorer's probability that
/// the literature would record it (within L1 0.05), where it came from, and the stored reactions that record it.
/// </summary>
public sealed record ProductCandidate(
    string Formula,
    IReadOnlyList<KeyValuePair<string, double>> Fractions,
    double Probability,
    IReadOnlyList<string> Sources,
    LiteratureSupport Support)
{
    /// <summary>Known products it is an analogue of (one element swapped), most often recorded first, at most 5.</summary>
    public IReadOnlyList<string> Analogues { get; init; } = [];

    /// <summary>The known product it dopes (<see cref="DopedHosts"/>), as written; empty when it is not a doped host.</summary>
    public string DopedHost { get; init; } = "";
}

/// <summary>How many stored reactions record a candidate (in the whole literature, and among those most like the query), with the best few.</summary>
public sealed record LiteratureSupport(int Reactions, int SimilarReactions, IReadOnlyList<SupportingReaction> Examples)
{
    public static LiteratureSupport None { get; } = new(0, 0, []);
}

/// <summary>A stored reaction recording a candidate: its precursor-set similarity to the query (Jaccard) and the heating it reports.</summary>
public sealed record SupportingReaction(
    string ReactionId,
    string Doi,
    string ReactionString,
    double Similarity,
    IReadOnlyList<double> HeatingTemperaturesC,
    IReadOnlyList<double> HeatingTimesH);

/// <summary>The names of candidate sources, as the API reports them.</summary>
public static class CandidateSources
{
    public const string Literature = "literature";
    public const string Model = "model";
    public const string ChargeBalanced = "charge-balanced";
    public const string Analogue = "analogue";
    public const string Doped = "doped";
}
