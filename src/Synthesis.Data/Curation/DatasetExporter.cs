using System.Text.Json.Nodes;
using LiteDB;
using Synthesis.Data.Storage;

namespace Synthesis.Data.Curation;

/// <summary>How an export went: records written, corrected, and left out as confirmed errors.</summary>
public sealed class ExportCounts(int datasetVersion)
{
    public int DatasetVersion { get; } = datasetVersion;
    public int Records { get; internal set; }
    public int Corrected { get; internal set; }
    public int Removed { get; internal set; }

    /// <summary>Counts reported by someone else (a server's export summary).</summary>
    public static ExportCounts Of(int datasetVersion, int records, int corrected, int removed) =>
        new(datasetVersion) { Records = records, Corrected = corrected, Removed = removed };
}

/// <summary>
/// The current dataset version in the source JSON schema with the curators' decisions applied (the latest review
/// of each reaction over all runs): confirmed errors left out, corrections written in (<see cref="CorrectedRecord"/>).
/// Records come one at a time in source order, each read in its own short LiteDB call, so the enumeration may be
/// consumed across awaits (no cursor or transaction stays open between records).
/// </summary>
public sealed class DatasetExporter(LiteDatabase database)
{
    public (ExportCounts Counts, IEnumerable<string> Records) Export(bool includeDropped)
    {
        var version = CurrentVersion();
        var decisions = new CurationStore(database).Decisions(version);
        return Export(version, includeDropped, (id, record, counts) =>
        {
            var decision = decisions.GetValueOrDefault(id);
            if (decision?.Status == ReviewStatus.ConfirmedError)
            {
                counts.Removed++;
                return false;
            }
            if (decision?.Status != ReviewStatus.Corrected) return true;
            CorrectedRecord.Apply(record, id, decision);
            counts.Corrected++;
            return true;
        });
    }

    /// <summary>The kept reactions with <paramref name="errors"/> seeded into their products (counted as corrected), no decisions applied.</summary>
    public (ExportCounts Counts, IEnumerable<string> Records) ExportSeeded(IReadOnlyList<SeededError> errors)
    {
        var byId = errors.ToDictionary(e => e.ReactionId);
        return Export(CurrentVersion(), includeDropped: false, (id, record, counts) =>
        {
            if (!byId.TryGetValue(id, out var error)) return true;
            SeededErrors.Apply(record, error);
            counts.Corrected++;
            return true;
        });
    }

    private int CurrentVersion() => new DatasetVersions(database).Current()?.Number
        ?? throw new InvalidOperationException("no dataset imported yet: run `synthesis import <file.json.xz>` first");

    /// <summary>The version's records in source order; <paramref name="edit"/> changes a record in place and says whether to keep it.</summary>
    private (ExportCounts, IEnumerable<string>) Export(int version, bool includeDropped, Func<string, JsonObject, ExportCounts, bool> edit)
    {
        var sources = new SourceDocuments(database);
        if (!sources.Exists(version))
            throw new InvalidOperationException($"dataset version {version} was imported before source records were kept: import the dataset file again to export it");
        var order = database.GetCollection(VersionRecord.ReactionCollection(version)).Query()
            .OrderBy("$.SourceIndex").Select("{ Id: $._id, Kept: $.Kept }").ToList()
            .Where(d => includeDropped || d["Kept"].AsBoolean).Select(d => d["Id"].AsString).ToList();
        var counts = new ExportCounts(version);
        return (counts, Records(version, order, sources, counts, edit));
    }

    private static IEnumerable<string> Records(int version, List<string> order, SourceDocuments sources, ExportCounts counts,
        Func<string, JsonObject, ExportCounts, bool> edit)
    {
        foreach (var id in order)
        {
            if (sources.Json(version, id) is not { } json) continue;
            var record = JsonNode.Parse(json)!.AsObject();
            if (!edit(id, record, counts)) continue;
            counts.Records++;
            yield return record.ToJsonString();
        }
    }

    /// <summary>Writes the whole export as a dataset file `synthesis import` reads.</summary>
    public ExportCounts WriteFile(Stream output, bool includeDropped)
    {
        var (counts, records) = Export(includeDropped);
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
        ExportFile.Write(writer, records);
        return counts;
    }
}

/// <summary>The dataset file around exported records: <c>{"reactions": [ ... ]}</c>, one record a line.</summary>
public static class ExportFile
{
    public static void Write(TextWriter writer, IEnumerable<string> records)
    {
        writer.Write("{\"reactions\": [");
        var first = true;
        foreach (var record in records)
        {
            writer.Write(first ? "\n" : ",\n");
            writer.Write(record);
            first = false;
        }
        writer.Write("\n]}\n");
    }
}
