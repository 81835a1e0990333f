using System.Text.Json;

namespace Synthesis.Models;

/// <summary>The one way evaluations write their figures: metrics.json in the results folder, snake_case, atomically.</summary>
public static class MetricsFile
{
    public const string Name = "metrics.json";

    public static void Write<T>(string directory, T report)
    {
        Directory.CreateDirectory(directory);
        ModelFiles.WriteAtomically(Path.Combine(directory, Name), JsonSerializer.SerializeToUtf8Bytes(report, ModelFiles.Json));
    }

    /// <summary>The report an earlier run wrote to <paramref name="directory"/>; null when there is none.</summary>
    public static T? Read<T>(string directory) where T : class
    {
        var path = Path.Combine(directory, Name);
        return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), ModelFiles.Json) : null;
    }
}
