using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Training;

/// <summary>
/// Where each test reaction's chemistry stands in the training literature, and how the shipped scorer's answers fare in
/// each part beside the literature's own majority:
/// <list type="bullet">
/// <item>"precursor set recorded": training reactions start from exactly these precursors; the majority is the product
/// that the most of them record (within L1 0.05), what a chemist reading those papers would name;</item>
/// <item>"cation set recorded": none does, but some start from the same cations in other salts; the majority is theirs;</item>
/// <item>"new chemistry": neither; there is nothing to look up.</item>
/// </list>
/// Where many papers record a precursor set, the share of test reactions whose recorded product is that set's majority is
/// the rate of right first answers that any method reading only the precursors can expect there: the other papers record
/// other phases or levels from the same precursors.
/// </summary>
internal static class LiteratureCoverage
{
    /// <summary>Records read per tier at most (the candidate step's same-cation bound).</summary>
    private const int TierBound = 2_000;

    public static object Measure(ReactionModel model, TrainingData data, Literature literature, ModelOutput testOutput, CandidateScorer scorer)
    {
        var ranker = new CandidateRanker(new CandidateGenerator(literature, scorer.GenerationOptions), scorer);
        var parts = new Dictionary<string, Part> { ["precursor set recorded"] = new(), ["cation set recorded"] = new(), ["new chemistry"] = new() };
        var bySize = SizeBands.ToDictionary(b => b, _ => new Part());
        for (var i = 0; i < data.Test.Count; i++)
        {
            var reaction = data.Test[i];
            var recorded = reaction.Product!;
            var sameSet = literature.MostSimilar(Literature.Keys(reaction.Precursors), _ => false, TierBound)
                .Where(s => s.Jaccard >= 1).Select(s => s.Record).ToArray();
            var tier = sameSet.Length > 0 ? sameSet : literature.SameCationSet(reaction.Precursors, _ => false, TierBound);
            var name = sameSet.Length > 0 ? "precursor set recorded" : tier.Count > 0 ? "cation set recorded" : "new chemistry";
            var ranked = ranker.Rank(reaction.Precursors, ModelView.From(model, testOutput, i), reaction.Id, data.Doi(reaction.Id));
            var rank = Examples.RankOf(ranked, recorded);
            var majorityRight = tier.Count > 0 && CompositionDistance.L1(Majority(literature, tier), recorded) < CandidateScorer.RightWithin;
            parts[name].Add(rank, majorityRight);
            if (sameSet.Length == 0) continue;
            bySize[SizeBand(sameSet.Length)].Add(rank, majorityRight);
        }
        return new
        {
            parts = parts.ToDictionary(p => p.Key, p => p.Value.Figures(data.Test.Count)),
            precursor_set_recorded_by_training_reactions = bySize.ToDictionary(p => p.Key, p => p.Value.Figures(data.Test.Count)),
        };
    }

    /// <summary>The product that the most of the tier's records are within L1 0.05 of (<see cref="Ceiling.MostCovering"/>); on a tie the most often recorded, then the first.</summary>
    private static Composition Majority(Literature literature, IReadOnlyList<int> tier)
    {
        var products = tier.Select(r => literature.Product(literature.ProductOf(r)).AsWritten).ToArray();
        var mostRecordedFirst = tier.GroupBy(literature.ProductOf).OrderByDescending(g => g.Count()).Select(g => literature.Product(g.Key).AsWritten);
        return Ceiling.MostCovering(mostRecordedFirst, products);
    }

    /// <summary>Bands of how many training reactions record the precursor set, fewest first.</summary>
    private static readonly string[] SizeBands = ["1", "2-4", "5-19", "20+"];

    private static string SizeBand(int records) => records switch { 1 => "1", < 5 => "2-4", < 20 => "5-19", _ => "20+" };

    private sealed class Part
    {
        private int _reactions, _first, _topFive, _amongAnswers, _majority;

        public void Add(int rank, bool majorityRight)
        {
            _reactions++;
            if (rank == 0) _first++;
            if (rank is >= 0 and < 5) _topFive++;
            if (rank >= 0) _amongAnswers++;
            if (majorityRight) _majority++;
        }

        public object Figures(int testReactions) => new
        {
            reactions = _reactions,
            share = _reactions / (double)testReactions,
            literature_majority_exact = _majority / (double)Math.Max(1, _reactions),
            candidates_exact = _first / (double)Math.Max(1, _reactions),
            candidates_top5 = _topFive / (double)Math.Max(1, _reactions),
            recorded_among_answers = _amongAnswers / (double)Math.Max(1, _reactions),
        };
    }
}
