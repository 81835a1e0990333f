using System.Text.Encodings.Web;
using System.Text.Json;

namespace Synthesis.Data.Statistics;

/// <summary>Saves the statistics as stats.json (written atomically); the CLI draws dataset-histograms.png beside it.</summary>
public static class StatisticsReport
{
    public const string JsonFile = "stats.json";
    public const string PngFile = "dataset-histograms.png";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(DatasetStatistics statistics) => JsonSerializer.Serialize(statistics, Options);

    public static void Save(DatasetStatistics statistics, string folder)
    {
        AtomicFile.Write(Path.Combine(folder, JsonFile), temporary => File.WriteAllText(temporary, ToJson(statistics) + "\n"));
    }
}
