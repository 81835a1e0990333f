using System.Runtime.InteropServices;
using Synthesis.Data.Cleaning;
using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;

namespace Synthesis.Data.Splits;

/// <summary>
/// Train / validation / test splits of kept reactions: 20 % test, and 10 % of the rest for validation (early
/// stopping and thresholds). Seeded <see cref="Random"/> makes them reproducible; ids come back sorted.
/// </summary>
public static class DatasetSplitter
{
    public const double TestFraction = 0.2;
    public const double ValidationFraction = 0.1;

    public static SplitAssignment Split(IReadOnlyList<Reaction> reactions, SplitKind kind, int maxPrecursors, int seed)
    {
        var eligible = reactions.Where(r => r.Kept && r.Precursors.Count <= maxPrecursors).OrderBy(r => r.SourceIndex).ToList();
        var groups = kind switch
        {
            SplitKind.Random => eligible.Select(r => new[] { r.Id }).ToList(),
            SplitKind.Paper => LinkedGroups(eligible, byChemistry: false),
            _ => LinkedGroups(eligible),
        };
        var (train, validation, test) = Assign(groups, eligible.Count, new Random(seed));
        return new SplitAssignment(kind, maxPrecursors, seed, train, validation, test);
    }

    /// <summary>
    /// Reactions linked by a shared paper (DOI ignoring case) or, with <paramref name="byChemistry"/>, the same precursor
    /// set and target, transitively: each group goes wholly to one side, so neither leaks across the split.
    /// </summary>
    public static List<string[]> LinkedGroups(IReadOnlyList<Reaction> reactions, bool byChemistry = true)
    {
        var sets = new UnionFind(reactions.Count);
        var firstByKey = new Dictionary<string, int>();
        for (var i = 0; i < reactions.Count; i++)
            foreach (var key in byChemistry ? ["doi:" + Paper(reactions[i]), "chemistry:" + ReactionKeys.Chemistry(reactions[i])]
                         : new[] { "doi:" + Paper(reactions[i]) })
                if (!firstByKey.TryAdd(key, i)) sets.Union(i, firstByKey[key]);
        return Enumerable.Range(0, reactions.Count).GroupBy(sets.Find).Select(g => g.Select(i => reactions[i].Id).ToArray()).ToList();
    }

    /// <summary>The paper a reaction belongs to, as the splits group them: its DOI, ignoring case.</summary>
    public static string Paper(Reaction reaction) => reaction.Doi.ToLowerInvariant();

    /// <summary>
    /// Shuffles whole groups, then — largest first, so one big group cannot overshoot a small side — gives each to
    /// the side furthest below its share (test 20 %, validation 10 % of the rest, training the remainder).
    /// </summary>
    private static (List<string> Train, List<string> Validation, List<string> Test) Assign(List<string[]> groups, int total, Random random)
    {
        random.Shuffle(CollectionsMarshal.AsSpan(groups));
        var testShare = (int)Math.Round(total * TestFraction);
        var validationShare = (int)Math.Round((total - testShare) * ValidationFraction);
        (int Share, List<string> Ids)[] sides = [(total - testShare - validationShare, []), (validationShare, []), (testShare, [])];
        foreach (var group in groups.OrderByDescending(g => g.Length))
            sides.MaxBy(side => side.Share - side.Ids.Count)!.Ids.AddRange(group);
        foreach (var side in sides) side.Ids.Sort(StringComparer.Ordinal);
        return (sides[0].Ids, sides[1].Ids, sides[2].Ids);
    }
}
