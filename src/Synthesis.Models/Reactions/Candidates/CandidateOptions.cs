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

    /// <summary>
    /// Keep only candidates whose element set the classifiers find at most this many times less likely than the set they
    /// chose (likelihood Π p or 1 − p over the allowed elements): 1 keeps the model's own set only (right for 90 % of
    /// reactions, so the top candidate loses no subset accuracy), infinity any set the alchemy mask allows; 20 lets a
    /// literature product differ where the classifiers are unsure (a borderline dopant). On the grouped test set 20 names
    /// the exact product more often (0.251 vs 0.226) but the right element set less often (0.860 vs 0.905): the default
    /// keeps the classifiers' set, and `synthesis evaluate` reports both.
    /// </summary>
    public double ElementSetOdds { get; init; } = 1;

    /// <summary>Known products of neighbouring systems with one element swapped (<see cref="SubstitutedAnalogues"/>; needs <see cref="FromLiterature"/>).</summary>
    public bool FromAnalogues { get; init; } = true;

    /// <summary>
    /// Analogues kept per query, the nearest to the model's fractions. 40 since 2026-11-30 (was 20): on the paper split's
    /// test set, with merging by coverage, +0.04 recorded among the candidates and +0.02 top-5 for ~0.3 ms a query
    /// (bench/candidate-variants.sh coverage-analogues-40 vs coverage).
    /// </summary>
    public int Analogues { get; init; } = 40;

    /// <summary>
    /// Known products of the model's elements but one, doped with it at 1 and 4 atom % (<see cref="DopedHosts"/>; needs
    /// <see cref="FromLiterature"/>). Since 2026-11-30: on the paper split's test set (paper-10-small, `synthesis evaluate`,
    /// row "without doped hosts"), recorded among the answers 0.775 → 0.816, top-5 0.722 → 0.747, exact-product rate
    /// 0.514 → 0.523, AUROC 0.791 → 0.775: more right answers, some of them at a low probability.
    /// </summary>
    public bool FromDopedHosts { get; init; } = true;

    /// <summary>Doped hosts kept per query: the first host of every dopant before the second of any.</summary>
    public int DopedHosts { get; init; } = 12;

    /// <summary>Whether the scorer reads the model's fractions and probabilities (off: a literature-only ranking).</summary>
    public bool ScoreWithModel { get; init; } = true;

    /// <summary>Hidden units of the scorer's score function (0: linear); used when a scorer is trained.</summary>
    public int ScorerHiddenUnits { get; init; } = CandidateScorer.DefaultHidden;

    /// <summary>
    /// Training reactions (an even sample) the scorer learns from beside the validation reactions, each with itself and
    /// its own paper left out of the literature. The members trained on them, so the model looks a little better on them
    /// than it is; with 8,000 the paper-split test set still gained 0.014 exact-product rate and 0.12 EleMD
    /// over the validation reactions alone (0).
    /// </summary>
    public int ScorerTrainingReactions { get; init; } = 8000;

    /// <summary>
    /// Answers are the candidates that cover the most probability (<see cref="CandidateRanker"/>): the top answer is the
    /// candidate with the largest summed probability within L1 0.05 of it, the one most likely right by the proto's
    /// definition. Off: near-duplicates merge into the most probable of them (before 2026-11-30). Ranking only: a scorer
    /// trained either way serves either way. Paper split: +0.013 exact-product rate, −0.008 top-5.
    /// </summary>
    public bool MergeByCoverage { get; init; } = true;

    /// <summary>Most similar precursor sets read per query (<see cref="DefaultSimilarReactions"/>).</summary>
    public int SimilarReactions { get; init; } = DefaultSimilarReactions;

    /// <summary>
    /// The default depth of the similar-precursor lookup: the candidates', the literature lookup baseline's and the
    /// retrieval-aware stoichiometry's tier are read from this many most similar stored reactions.
    /// </summary>
    public const int DefaultSimilarReactions = 50;

    /// <summary>Reactions with the same cation set read per query.</summary>
    public int SameCationSetReactions { get; init; } = 2000;

    /// <summary>Distinct literature products kept per query (most similar first).</summary>
    public int LiteratureProducts { get; init; } = 15;

    /// <summary>
    /// Known phases of the model's chemical system (any stored product with exactly its elements, whatever the
    /// precursors): the ones nearest the model's fractions and the most often recorded, this many of each.
    /// </summary>
    public int KnownPhases { get; init; } = 6;

    /// <summary>Products from the known phases of the model's chemical system (needs <see cref="FromLiterature"/>).</summary>
    public bool FromKnownPhases { get; init; } = true;

    public int ModelRoundings { get; init; } = 4;
    public int ChargeBalancedRatios { get; init; } = 3;
}
