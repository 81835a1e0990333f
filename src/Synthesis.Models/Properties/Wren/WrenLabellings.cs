using System.Collections.Concurrent;
using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Models.Properties.Wren;

/// <summary>
/// The augmentation set of a structure: every label reachable from its label by the space group's equivalent
/// relabellings, applied again and again until no new label appears. The set is the same whichever of its labels
/// one starts from, which is what makes the averaged prediction independent of the labelling given. Cached by label
/// text (a cubic structure has up to 48).
/// </summary>
public static class WrenLabellings
{
    private static readonly ConcurrentDictionary<ProtostructureLabel, ProtostructureLabel[]> Cache = new();

    /// <summary>The closed set of labellings, in the ordinal order of their text (so equal sets are equal lists).</summary>
    public static IReadOnlyList<ProtostructureLabel> Of(ProtostructureLabel label) => Cache.GetOrAdd(label, Closure);

    private static ProtostructureLabel[] Closure(ProtostructureLabel label)
    {
        var found = new HashSet<ProtostructureLabel> { label };
        var frontier = new Queue<ProtostructureLabel>(found);
        while (frontier.TryDequeue(out var next))
            foreach (var equivalent in WyckoffRelabelings.Equivalents(next, WyckoffTables.Default))
                if (found.Add(equivalent)) frontier.Enqueue(equivalent);
        return [.. found.OrderBy(l => l.ToString(), StringComparer.Ordinal)];
    }
}
