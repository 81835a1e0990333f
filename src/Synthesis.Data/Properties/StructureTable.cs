using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Synthesis.Chemistry.Structures;
using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Data.Properties;

/// <summary>
/// Reads structure–property data for Wren, in either form the project has: a CSV with a `protostructure` column of
/// Aflow-style labels (datasets/properties/wren-examples.csv), or a Matbench JSON table (`{"columns": ["structure",
/// target], "data": [[pymatgen structure, value], …]}`, gzipped or not; datasets/properties/matbench_phonons.json.gz)
/// whose structures are labelled with the spglib bridge. Rows that do not read (bad label, unreadable structure,
/// non-finite value) are skipped and counted. Ids are the CSV's first column, or the Matbench row index.
/// </summary>
public static class StructureTable
{
    public const string LabelColumn = "protostructure";

    public static (IReadOnlyList<StructureRecord> Records, int Skipped) Read(string path, string target, IProgress<int>? progress = null) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase)
            ? ReadMatbench(path, target, progress)
            : ReadCsv(path, target);

    private static (IReadOnlyList<StructureRecord>, int) ReadCsv(string path, string target)
    {
        var (rows, skipped) = PropertyTable.Read(path, target, LabelColumn);
        var records = new List<StructureRecord>();
        foreach (var (row, label) in rows)
        {
            if (ProtostructureLabel.TryParse(label, out var parsed, out _)) records.Add(StructureRecord.Of(row.Id, parsed!, row.Value));
            else skipped++;
        }
        return (records, skipped);
    }

    private static (IReadOnlyList<StructureRecord>, int) ReadMatbench(string path, string target, IProgress<int>? progress)
    {
        using var file = File.OpenRead(path);
        using var text = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var json = JsonDocument.Parse(text);
        var columns = json.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var (structureColumn, targetColumn) = (columns.IndexOf("structure"), columns.IndexOf(target));
        if (structureColumn < 0 || targetColumn < 0)
            throw new InvalidDataException($"{path} needs columns 'structure' and '{target}' (columns: {string.Join(", ", columns)})");
        var records = new List<StructureRecord>();
        var (skipped, index) = (0, 0);
        foreach (var row in json.RootElement.GetProperty("data").EnumerateArray())
        {
            var value = row[targetColumn];
            try
            {
                var label = StructureInput.FromPymatgenJson(row[structureColumn].GetRawText()).Label;
                if (value.ValueKind == JsonValueKind.Number && double.IsFinite(value.GetDouble()))
                    records.Add(StructureRecord.Of(index.ToString(CultureInfo.InvariantCulture), label, value.GetDouble()));
                else skipped++;
            }
            catch (StructureInputException)
            {
                skipped++;
            }
            index++;
            progress?.Report(index);
        }
        return (records, skipped);
    }
}
