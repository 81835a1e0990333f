using System.Runtime.InteropServices;
using Synthesis.Data.Reactions;

namespace Synthesis.Models.Curation;

/// <summary>One fold: the reactions it scores and those its members train and stop early on (none of which share a paper with the scored ones).</summary>
public sealed record Fold(int Number, IReadOnlyList<string> Score, IReadOnlyList<string> Train, IReadOnlyList<string> Validation);

/// <summary>
/// k folds over papers: the reactions of one paper (its DOI, however written) always land in the same fold, so a
/// fold's members never train on the reactions they score nor on any other reaction of their papers. The same
/// chemistry reported by another paper may be in training: that is the literature agreeing, which is what the flags
/// weigh. Seeded and deterministic for the same reactions.
/// </summary>
public static class FoldPlan
{
    public const double ValidationFraction = 0.1;

    public static IReadOnlyList<Fold> Make(IReadOnlyList<Reaction> reactions, int folds, int seed)
    {
        if (folds < 2) throw new ArgumentException($"--folds must be at least 2, got {folds}");
        var ordered = reactions.OrderBy(r => r.SourceIndex).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var groups = PaperGroups(ordered);
        if (groups.Count < folds) throw new ArgumentException($"{groups.Count} paper groups cannot fill {folds} folds");
        var random = new Random(seed);
        random.Shuffle(CollectionsMarshal.AsSpan(groups));
        var members = Enumerable.Range(0, folds).Select(_ => new List<string[]>()).ToArray();
        foreach (var group in groups.OrderByDescending(g => g.Length))
            members.MinBy(m => m.Sum(g => g.Length))!.Add(group);
        return Enumerable.Range(0, folds).Select(f =>
        {
            var rest = members.Where((_, i) => i != f).SelectMany(m => m).ToList();
            random.Shuffle(CollectionsMarshal.AsSpan(rest));
            var validationShare = (int)Math.Ceiling(rest.Sum(g => g.Length) * ValidationFraction);
            var validation = new List<string>();
            var train = new List<string>();
            foreach (var group in rest) (validation.Count < validationShare ? validation : train).AddRange(group);
            return new Fold(f + 1, Sorted(members[f].SelectMany(g => g)), Sorted(train), Sorted(validation));
        }).ToList();
    }

    /// <summary>The reaction ids of each paper (normalised DOI), in source order.</summary>
    public static List<string[]> PaperGroups(IReadOnlyList<Reaction> reactions) =>
        reactions.Select((r, i) => (r.Id, Key: PaperKey(r, i))).GroupBy(r => r.Key).Select(g => g.Select(r => r.Id).ToArray()).ToList();

    /// <summary>The normalised DOI (<see cref="FoldPapers.Paper"/>, as the fold's paper lists hold it); a reaction without one is its own paper.</summary>
    private static string PaperKey(Reaction reaction, int index) =>
        FoldPapers.Paper(reaction) is { Length: > 0 } doi ? "doi:" + doi : $"no-doi:{index}";

    private static List<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
}
