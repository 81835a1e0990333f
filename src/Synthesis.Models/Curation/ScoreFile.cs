using System.Text.Json;
using Synthesis.Data.Statistics;

namespace Synthesis.Models.Curation;

/// <summary>
/// A finished set of scores on disk, written whole or not at all: what lets a killed or repeated run skip finished work.
/// A file of another <see cref="Revision"/> (or from before revisions were written) is stale and read as absent.
/// </summary>
public static class ScoreFile
{
    /// <summary>
    /// 2 (2026-11-29): a record's own paper no longer feeds its candidates; scores from before flagged too little.
    /// 3 (2026-11-30): products whose charges cannot balance no longer feed the candidates (<see cref="Reactions.Candidates.Literature.IsCompound"/>).
    /// </summary>
    public const int Revision = 3;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static List<ScoredReaction>? TryRead(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<Contents>(File.ReadAllText(path), Json) is { Revision: Revision } contents ? contents.Scores : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void Write(string path, List<ScoredReaction> scores) =>
        AtomicFile.Write(path, temporary => File.WriteAllText(temporary, JsonSerializer.Serialize(new Contents(Revision, scores), Json)));

    private sealed record Contents(int Revision, List<ScoredReaction> Scores);
}
