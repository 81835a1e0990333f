using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;

/// <summary>
/// The most any method that reads only a reaction's inputs can reach on a test set: test reactions with the same inputs
/// (precursor formulas and actions, or the precursors alone) get the same answers, so for each group of such reactions
/// the best k answers are the k products (chosen greedily among the group's own) that the most of its members are within
/// L1 0.05 of. An upper bound, since it picks each group's answers knowing the group's products.
/// </summary>
internal static class Ceiling
{
    public static object Of(IReadOnlyList<ReactionExample> test, bool withActions)
    {
        var groups = test.GroupBy(r => Key(r, withActions)).Select(g => g.Select(r => r.Product!).ToArray()).ToArray();
        return new
        {
            groups = groups.Length,
            reactions_sharing_inputs = groups.Where(g => g.Length > 1).Sum(g => g.Length) / (double)test.Count,
            top1 = Reachable(groups, 1) / (double)test.Count,
            top3 = Reachable(groups, 3) / (double)test.Count,
            top5 = Reachable(groups, 5) / (double)test.Count,
        };
    }

    private static int Reachable(IEnumerable<Composition[]> groups, int answers) => groups.Sum(g => Covered(g, answers));

    private static int Covered(Composition[] products, int answers)
    {
        var left = products.ToList();
        var covered = 0;
        for (var k = 0; k < answers && left.Count > 0; k++)
        {
            var best = MostCovering(left, left);
            var hits = left.Where(p => CompositionDistance.L1(best, p) < CandidateScorer.RightWithin).ToList();
            covered += hits.Count;
            left.RemoveAll(hits.Contains);
        }
        return covered;
    }

    /// <summary>The first of <paramref name="answers"/> that the most of <paramref name="products"/> are within L1 0.05 of.</summary>
    public static Composition MostCovering(IEnumerable<Composition> answers, IReadOnlyCollection<Composition> products) =>
        answers.MaxBy(a => products.Count(p => CompositionDistance.L1(a, p) < CandidateScorer.RightWithin))!;

    private static string Key(ReactionExample example, bool withActions) =>
        string.Join(" + ", example.Precursors.Select(CompositionKeys.Precursor).Order(StringComparer.Ordinal))
        + (withActions ? " | " + string.Join(",", example.Actions) : "");
}
