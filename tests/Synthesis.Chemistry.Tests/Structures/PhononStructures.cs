using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Synthesis.Chemistry.Tests.Structures;

/// <summary>
/// The structures of datasets/properties/matbench_phonons.json.gz as pymatgen JSON text, and the labels
/// python3-spglib gives them (Fixtures/structures/expected-labels.json, written by make-expected-labels.py).
/// </summary>
internal static class PhononStructures
{
    private static readonly Lazy<JsonArray> Rows = new(() =>
    {
        using var file = File.OpenRead(RepositoryFiles.Path("datasets", "properties", "matbench_phonons.json.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return JsonNode.Parse(gzip)!["data"]!.AsArray();
    });

    /// <summary>Structure <paramref name="index"/> as Structure.as_dict() JSON.</summary>
    public static string Json(int index) => Rows.Value[index]![0]!.ToJsonString();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "structures", name);

    /// <summary>Set to a file written by make-expected-labels.py --all to check all 1,265 structures instead of the fixture's 21.</summary>
    public const string AllLabelsVariable = "SYNTHESIS_EXPECTED_LABELS";

    /// <summary>(index of the structure, its expected label) for the 21 structures of the fixture, or those of <see cref="AllLabelsVariable"/>.</summary>
    public static IEnumerable<(int Index, string Label)> ExpectedLabels(bool allowOverride = false)
    {
        var file = allowOverride && Environment.GetEnvironmentVariable(AllLabelsVariable) is { Length: > 0 } all ? all : Fixture("expected-labels.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.EnumerateArray().Select(e => (e.GetProperty("index").GetInt32(), e.GetProperty("label").GetString()!)).ToArray();
    }
}
