using Synthesis.Data.Storage;

namespace Synthesis.Data.Statistics;

/// <summary>
/// What the current dataset version holds: reactions kept and dropped (by reason), and over the kept ones the
/// precursor-count and action-sequence-length histograms and how many reactions each element occurs in.
/// </summary>
public sealed record DatasetStatistics(
    int Version,
    string SourceFile,
    int Total,
    int Kept,
    int KeptUpTo3Precursors,
    int KeptWithWarnings,
    IReadOnlyDictionary<string, int> DroppedByReason,
    IReadOnlyDictionary<int, int> PrecursorCounts,
    IReadOnlyDictionary<int, int> ActionLengths,
    IReadOnlyDictionary<string, int> ElementFrequencies)
{
    public static DatasetStatistics Compute(IReactionCatalog catalog)
    {
        var version = catalog.CurrentVersion()
            ?? throw new InvalidOperationException("no dataset imported yet: run `synthesis import <file.json.xz>` first");
        int total = 0, kept = 0, keptUpTo3 = 0, withWarnings = 0;
        var dropped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var precursorCounts = new SortedDictionary<int, int>();
        var actionLengths = new SortedDictionary<int, int>();
        var elements = new Dictionary<string, int>();
        foreach (var reaction in catalog.All())
        {
            total++;
            if (!reaction.Kept)
            {
                Increment(dropped, reaction.DropReason ?? "unknown");
                continue;
            }
            kept++;
            if (reaction.Precursors.Count <= 3) keptUpTo3++;
            if (reaction.Warnings.Count > 0) withWarnings++;
            Increment(precursorCounts, reaction.Precursors.Count);
            Increment(actionLengths, reaction.Actions.Count);
            foreach (var element in reaction.Target.Keys.Concat(reaction.Precursors.SelectMany(p => p.Composition.Keys)).Distinct())
                Increment(elements, element);
        }
        var byFrequency = elements.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => e.Key, e => e.Value);
        return new DatasetStatistics(version.Number, version.SourceFile, total, kept, keptUpTo3, withWarnings,
            dropped, precursorCounts, actionLengths, byFrequency);
    }

    private static void Increment<TKey>(IDictionary<TKey, int> counts, TKey key) =>
        counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
}
