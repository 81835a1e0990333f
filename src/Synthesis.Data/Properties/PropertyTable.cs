using System.Globalization;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Data.Properties;

/// <summary>
/// Reads a property table (CSV with a header: an id column, `composition`, and the target column, e.g.
/// datasets/properties/expt-non-metals.csv with `Eg`). Rows whose formula does not parse or whose value is not a
/// finite number are skipped and counted.
/// </summary>
public static class PropertyTable
{
    public const string CompositionColumn = "composition";

    public static (IReadOnlyList<PropertyRecord> Records, int Skipped) Read(string path, string target)
    {
        var (rows, skipped) = Read(path, target, extraColumn: null);
        return ([.. rows.Select(r => r.Row)], skipped);
    }

    /// <summary>The rows with the text of one more column each (e.g. Wren's `protostructure`); "" without one.</summary>
    public static (IReadOnlyList<(PropertyRecord Row, string Extra)> Rows, int Skipped) Read(string path, string target, string? extraColumn)
    {
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty")).Split(',');
        var formulaColumn = Column(header, CompositionColumn, path);
        var targetColumn = Column(header, target, path);
        var extra = extraColumn is null ? -1 : Column(header, extraColumn, path);
        var records = new List<(PropertyRecord, string)>();
        var skipped = 0;
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (cells.Length != header.Length
                || !double.TryParse(cells[targetColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value)
                || !FormulaParser.TryParse(cells[formulaColumn], out var composition, out _))
            {
                skipped++;
                continue;
            }
            records.Add((new PropertyRecord(cells[0], cells[formulaColumn], composition!, value), extra < 0 ? "" : cells[extra]));
        }
        return (records, skipped);
    }

    private static int Column(string[] header, string name, string path)
    {
        var index = Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new InvalidDataException($"{path} has no column '{name}' (columns: {string.Join(", ", header)})");
    }
}
