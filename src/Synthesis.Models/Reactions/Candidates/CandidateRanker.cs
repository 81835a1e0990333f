using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Profiling;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>Generates a reaction's candidates, scores them, and describes the best as the API reports them.</summary>
public sealed class CandidateRanker(CandidateGenerator generator, CandidateScorer scorer)
{
    /// <summary>Supporting reactions listed per candidate at most.</summary>
    public const int MaxExamples = 5;

    public CandidateGenerator Generator => generator;

    /// <summary>The candidates with their probabilities, most probable first.</summary>
    public RankedCandidates Rank(IReadOnlyList<Composition> precursors, ModelView model, string? excludedId = null, string? excludedDoi = null)
    {
        var set = generator.Generate(precursors, model, excludedId, excludedDoi);
        double[] probabilities;
        using (StageProfile.Stage("candidates.score")) probabilities = scorer.Probabilities(set);
        // Most probable first; ties by formula, then in generation order. A formula is written only for a tie.
        var order = Enumerable.Range(0, set.Candidates.Count).ToArray();
        Array.Sort(order, (i, j) =>
        {
            var byProbability = probabilities[j].CompareTo(probabilities[i]);
            if (byProbability != 0) return byProbability;
            var byFormula = string.CompareOrdinal(set.Candidates[i].Formula, set.Candidates[j].Formula);
            return byFormula != 0 ? byFormula : i.CompareTo(j);
        });
        var (kept, mass) = generator.Options.MergeByCoverage ? CandidateAnswers.Covering(set.Candidates, probabilities, order)
            : CandidateAnswers.MergedIntoMostProbable(set.Candidates, probabilities, order);
        var merged = Enumerable.Range(0, kept.Count).OrderByDescending(k => mass[k]).ThenBy(k => k).ToArray();
        return new RankedCandidates(merged.Select(k => set.Candidates[kept[k]]).ToArray(), merged.Select(k => mass[k]).ToArray(),
            set.ReactionFeatures[1], excludedDoi?.ToLowerInvariant()) { Tier = set.Tier };
    }

    public IReadOnlyList<ProductCandidate> Describe(RankedCandidates ranked, int take) =>
        ranked.Candidates.Take(take).Select((c, i) => new ProductCandidate(
            c.Formula,
            c.Conventional.Normalised().ToArray(),
            ranked.Probabilities[i],
            c.Sources.ToArray(),
            Support(c, ranked.ExcludedDoi))
        {
            Analogues = c.Swaps.Select(s => s.Product).OrderByDescending(a => generator.Literature.Product(a).Records).Take(MaxExamples)
                .Select(Known).ToArray(),
            DopedHost = c.DopedHost >= 0 ? Known(c.DopedHost) : "",
        }).ToArray();

    /// <summary>A known product as the literature writes it.</summary>
    private string Known(int product) => generator.Literature.Product(product).Formula;

    private LiteratureSupport Support(Candidate candidate, string? excludedDoi)
    {
        var literature = generator.Literature;
        if (candidate.KnownProduct < 0 || !generator.Options.FromLiterature) return LiteratureSupport.None;
        return new LiteratureSupport(
            candidate.Recorded,
            candidate.Supporting.Count,
            candidate.Supporting.Take(MaxExamples).Select(s =>
            {
                var record = literature[s.Record];
                return new SupportingReaction(record.Id, record.Doi, record.ReactionString, s.Jaccard, record.HeatingTemperaturesC, record.HeatingTimesH);
            }).ToArray());
    }

    /// <summary>Which candidates are right: within <see cref="CandidateScorer.RightWithin"/> (L1) of the recorded product.</summary>
    public static bool[] Right(IEnumerable<Candidate> candidates, Composition recorded) =>
        candidates.Select(c => CompositionDistance.L1(c.Fractions, recorded) < CandidateScorer.RightWithin).ToArray();
}

/// <summary>A reaction's candidates, most probable first, with their probabilities and the best precursor-set similarity found.</summary>
public sealed record RankedCandidates(IReadOnlyList<Candidate> Candidates, double[] Probabilities, double BestJaccard, string? ExcludedDoi)
{
    /// <summary>The most similar stored reactions the candidates were read from (<see cref="CandidateSet.Tier"/>).</summary>
    public LiteratureTier? Tier { get; init; }
}
