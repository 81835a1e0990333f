using System.Globalization;
using Synthesis.Data.Statistics;

namespace Synthesis.Data.Curation;

/// <summary>One point of the precision–recall curve: the flags scoring at least <see cref="Threshold"/>.</summary>
public sealed record RecallPoint(double Threshold, int Flagged, int SeededFound, double Precision, double Recall);

/// <summary>
/// How well a run finds seeded errors: recall at a threshold and the precision–recall curve over the run's flags (a
/// reaction without a flag scores below every threshold). Precision counts only seeded errors as right, so the
/// dataset's own errors lower it: it is a lower bound.
/// </summary>
public static class SeededRecall
{
    public static IReadOnlyList<RecallPoint> Curve(IReadOnlyList<SeededError> seeded, IReadOnlyList<FlagRecord> flags)
    {
        var errors = seeded.Select(e => e.ReactionId).ToHashSet();
        var points = new List<RecallPoint>();
        var (flagged, found) = (0, 0);
        foreach (var group in flags.GroupBy(f => f.Score).OrderByDescending(g => g.Key))
        {
            flagged += group.Count();
            found += group.Count(f => errors.Contains(f.ReactionId));
            points.Add(new RecallPoint(group.Key, flagged, found, found / (double)flagged, errors.Count == 0 ? 0 : found / (double)errors.Count));
        }
        return points;
    }

    /// <summary>The curve's point at a threshold (the lowest score at or above it).</summary>
    public static RecallPoint At(IReadOnlyList<RecallPoint> curve, double threshold) =>
        curve.LastOrDefault(p => p.Threshold >= threshold) ?? new RecallPoint(threshold, 0, 0, 0, 0);

    public static void WriteKey(TextWriter writer, IEnumerable<SeededError> errors)
    {
        writer.WriteLine("reaction_id\tkind\toriginal\tcorrupted");
        foreach (var e in errors) writer.WriteLine($"{e.ReactionId}\t{CurationNames.Of(e.Kind)}\t{e.Original}\t{e.Corrupted}");
    }

    public static IReadOnlyList<SeededError> ReadKey(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select((line, i) =>
        {
            var fields = line.Split('\t');
            return fields.Length == 4 ? new SeededError(fields[0], CurationNames.Parse<Corruption>(fields[1], $"{path} line {i + 2}"), fields[2], fields[3])
                : throw new InvalidDataException($"{path} line {i + 2}: expected 4 tab-separated fields, got {fields.Length}");
        }).ToList();
}
