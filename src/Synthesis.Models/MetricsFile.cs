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
}
