using System.IO.Compression;
using System.Text.Json.Nodes;
using Synthesis.Data.Properties;

namespace Synthesis.Data.Tests;

public sealed class StructureTableTests
{
    [Fact]
    public void Every_wren_example_reads_with_its_label_and_composition()
    {
        var (records, skipped) = StructureTable.Read(RepositoryFiles.Path("datasets", "properties", "wren-examples.csv"), "E_f");
        Assert.Equal(68, records.Count);
        Assert.Equal(0, skipped);
        var hfZnN = records.Single(r => r.Label.ToString() == "AB6C3_hR30_160_a_2b_b:Hf-N-Zn");
        // hR30 in the hexagonal setting: Hf on 3a, N on two 9b, Zn on 9b → Hf3 N18 Zn9, i.e. Hf(ZnN2)3.
        Assert.Equal([("Hf", 3.0), ("N", 18.0), ("Zn", 9.0)], hfZnN.Composition.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value)));
        Assert.Equal(0.6322, hfZnN.Value, 1e-4);
    }

    [Fact]
    public void Matbench_rows_are_labelled_through_spglib_and_unreadable_ones_are_counted()
    {
        JsonArray rows;
        using (var file = File.OpenRead(RepositoryFiles.Path("datasets", "properties", "matbench_phonons.json.gz")))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
            rows = JsonNode.Parse(gzip)!["data"]!.AsArray();
        var table = new JsonObject
        {
            ["columns"] = new JsonArray("structure", "last phdos peak"),
            ["data"] = new JsonArray(rows[0]!.DeepClone(), rows[1]!.DeepClone(), new JsonArray(new JsonObject { ["lattice"] = "broken" }, 1.0)),
        };
        var path = Path.Combine(Path.GetTempPath(), $"synthesis-matbench-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, table.ToJsonString());
        try
        {
            var (records, skipped) = StructureTable.Read(path, "last phdos peak");
            Assert.Equal(["0", "1"], records.Select(r => r.Id));
            Assert.Equal(1, skipped);
            Assert.Equal(rows[0]![1]!.GetValue<double>(), records[0].Value);
            Assert.All(records, r => Assert.True(r.Composition.Count >= 1 && r.Label.WyckoffSetCount >= 1));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
