using System.Text.Json;
using Synthesis.Data.Statistics;

namespace Synthesis.Models.Curation;

/// <summary>A finished set of scores on disk, written whole or not at all: what lets a killed or repeated run skip finished work.</summary>
public static class ScoreFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static List<ScoredReaction>? TryRead(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<List<ScoredReaction>>(File.ReadAllText(path), Json) : null;

    public static void Write(string path, List<ScoredReaction> scores) =>
        AtomicFile.Write(path, temporary => File.WriteAllText(temporary, JsonSerializer.Serialize(scores, Json)));
}
