using Synthesis.Data.Cleaning;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Curation.Rules;

/// <summary>
/// Reactions of one paper with the same precursors and the same actions whose products have other elements: one
/// of them was probably mis-extracted. Products differing only in their ratios are a composition series (x = 0.1,
/// 0.2, ...), which papers report all the time, and are not flagged.
/// </summary>
public static class InconsistentDuplicates
{
    public static IEnumerable<ReactionFinding> Find(IReadOnlyList<Reaction> reactions)
    {
        foreach (var group in reactions.GroupBy(SameInputs).Where(g => g.Count() > 1))
        {
            var bySet = group.GroupBy(r => ElementSet(r)).ToList();
            if (bySet.Count < 2) continue;
            foreach (var reaction in group)
            {
                var other = bySet.First(s => s.Key != ElementSet(reaction)).First();
                yield return ReactionFinding.Of(reaction, FlagReason.InconsistentDuplicate,
                    $"reaction {other.Id} of the same paper, with the same precursors and actions, gives {other.TargetFormula}");
            }
        }
    }

    private static string SameInputs(Reaction r) =>
        $"{r.Doi.Trim().ToLowerInvariant()} | {string.Join(" + ", r.Precursors.Select(p => ReactionKeys.Composition(p.Composition)).Order(StringComparer.Ordinal))} | {string.Join(',', r.Actions)}";

    private static string ElementSet(Reaction r) => string.Join(' ', r.Target.Keys.Order(StringComparer.Ordinal));
}
