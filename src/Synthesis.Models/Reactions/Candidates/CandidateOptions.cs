namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Where candidates come from and how much literature is read per query. The defaults are what the shipped scorer was
/// trained with; switching a source off is an ablation (`synthesis evaluate` reports one row per source left out).
/// </summary>
public sealed record CandidateOptions
{
    /// <summary>Products of similar stored reactions (precursor-set Jaccard, and the same cation set).</summary>
    public bool FromLiterature { get; init; } = true;

    /// <summary>The model's mean fractions rounded to simple formulas.</summary>
    public bool FromModel { get; init; } = true;

    /// <summary>Oxides with cation ratios near the model's, charge-balanced with the precursors' oxidation states.</summary>
    public bool FromChargeBalance { get; init; } = true;

    /// <summary>Whether the scorer reads the model's fractions and probabilities (off: a literature-only ranking).</summary>
    public bool ScoreWithModel { get; init; } = true;

    /// <summary>Most similar precursor sets read per query.</summary>
    public int SimilarReactions { get; init; } = 50;

    /// <summary>Reactions with the same cation set read per query.</summary>
    public int SameCationSetReactions { get; init; } = 2000;

    /// <summary>Distinct literature products kept per query (most similar first).</summary>
    public int LiteratureProducts { get; init; } = 15;

    public int ModelRoundings { get; init; } = 4;
    public int ChargeBalancedRatios { get; init; } = 3;
}
