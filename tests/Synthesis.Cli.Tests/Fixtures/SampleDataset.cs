using System.Text.Json.Nodes;

namespace Synthesis.Cli.Tests.Fixtures;

/// <summary>The server tests' sample of the text-mined dataset (11 records), as it is or repeated into a longer import.</summary>
public static class SampleDataset
{
    public static string Path => System.IO.Path.Combine(CliRunner.RepositoryRoot(), "tests", "Synthesis.Server.Tests", "Fixtures", "solid-state-sample.json");

    /// <summary>
    /// Writes the sample's records <paramref name="copies"/> times into <paramref name="path"/>, each copy under DOIs of
    /// its own ("…/copy-3"), so that the import keeps them apart: long enough to print progress (one line per 1,000 records).
    /// </summary>
    public static string Repeated(string path, int copies)
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path))!;
        var records = sample["reactions"]!.AsArray();
        var repeated = new JsonArray();
        for (var copy = 0; copy < copies; copy++)
            foreach (var record in records)
            {
                var clone = record!.DeepClone();
                clone["doi"] = $"{record["doi"]}/copy-{copy}";
                repeated.Add(clone);
            }
        sample["reactions"] = repeated;
        File.WriteAllText(path, sample.ToJsonString());
        return path;
    }
}
