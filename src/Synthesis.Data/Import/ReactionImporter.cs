using System.Diagnostics;
using LiteDB;
using Synthesis.Data.Cleaning;
using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;

namespace Synthesis.Data.Import;

/// <summary>
/// Imports a text-mined dataset file as a new dataset version: streams and resolves the records, cleans them,
/// writes them in batches and only then marks the version complete. Synchronous on purpose: LiteDB transactions
/// belong to the calling thread. A failure (truncated file, invalid JSON) discards the partial version, so the
/// database stays at its previous consistent state.
/// </summary>
public sealed class ReactionImporter(LiteDatabase database)
{
    private const int BatchSize = 1000;
    private const int MaxBadRecordsListed = 50;
    private static readonly HashSet<string> BadInputReasons = [DropReasons.MalformedRecord, DropReasons.AbsurdValue];

    public ImportResult Import(string path, IProgress<ImportProgress>? progress = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no dataset file '{path}'", path);
        try
        {
            return ImportVersion(path, progress);
        }
        catch (Exception e) when (DiskFull.Caused(e))
        {
            // Wherever it struck (discarding, beginning, writing, completing), the previous version is what stays current.
            throw DiskFull.Explain(e, $"the import of {Path.GetFileName(path)} stopped and the database keeps its previous dataset version " +
                                      "(the partial one is removed by the next import)", "run the import again (a server imports on its next start)");
        }
    }

    private ImportResult ImportVersion(string path, IProgress<ImportProgress>? progress)
    {
        var clock = Stopwatch.StartNew();
        var versions = new DatasetVersions(database);
        var discarded = versions.DiscardIncomplete();
        var sha = DatasetFile.Sha256(path);
        if (versions.FindComplete(sha) is { } existing)
        {
            // A version imported before source records were kept gets them now (the curation export and report need them).
            var documents = new SourceDocuments(database);
            if (!documents.Exists(existing.Number))
            {
                documents.Drop(existing.Number);
                WriteReactions(path, existing.Number, progress, clock, sourcesOnly: true);
            }
            return new ImportResult(existing.ToDatasetVersion(), true, discarded, new Dictionary<string, int>(), [], clock.Elapsed);
        }

        var version = versions.Begin(Path.GetFileName(path), sha);
        try
        {
            var tally = WriteReactions(path, version.Number, progress, clock);
            versions.Complete(version, tally.Total, tally.Kept);
            return new ImportResult(version.ToDatasetVersion(), false, discarded, tally.Dropped, tally.BadRecords, clock.Elapsed);
        }
        catch (Exception original)
        {
            // A full disk or a dying file often fails the clean-up too (LiteDB then throws the first error again, or
            // reports a disposed lock): the caller needs the first error; an incomplete version left behind is never
            // current and is discarded by the next import.
            Exception? cleanup = null;
            try
            {
                versions.DiscardIncomplete();
            }
            catch (Exception e)
            {
                cleanup = e;
            }
            if (cleanup is not null && !DiskFull.Caused(original))
                throw new IOException($"importing {Path.GetFileName(path)} into the database failed: {original.Message} " +
                                      $"(the partial import is removed on the next start; clean-up now failed with: {cleanup.Message})", original);
            throw;
        }
    }

    /// <param name="sourcesOnly">only the source records, staged and published at the end (the reactions are stored already)</param>
    private Tally WriteReactions(string path, int version, IProgress<ImportProgress>? progress, Stopwatch clock, bool sourcesOnly = false)
    {
        var collection = database.GetCollection<Reaction>(VersionRecord.ReactionCollection(version));
        collection.EnsureIndex(r => r.Kept);
        collection.EnsureIndex("doi", "LOWER($.Doi)");
        var tally = new Tally();
        var duplicates = new DuplicateFilter();
        var idCounts = new Dictionary<string, int>();
        var batch = new List<Reaction>(BatchSize);
        var sources = new List<SourceDocuments.Document>(BatchSize);
        var documents = new SourceDocuments(database);

        using var json = DatasetFile.OpenJson(path, out var compressed);
        using (compressed)
        {
            var reader = new ReactionRecordReader(json);
            while (reader.Next() is { } source)
            {
                var reaction = ReactionResolver.Resolve(source);
                reaction.DatasetVersion = version;
                reaction.Id = UniqueId(reaction, idCounts);
                duplicates.Apply(reaction);
                tally.Count(reaction);
                batch.Add(reaction);
                if (source.Json is { } text) sources.Add(SourceDocuments.Pack(reaction.Id, text));
                if (batch.Count < BatchSize) continue;
                if (!sourcesOnly) collection.InsertBulk(batch);
                documents.InsertBulk(version, sources, staged: sourcesOnly);
                batch.Clear();
                sources.Clear();
                progress?.Report(new ImportProgress(tally.Total, compressed.Position, compressed.Length, clock.Elapsed));
            }
            if (!sourcesOnly) collection.InsertBulk(batch);
            documents.InsertBulk(version, sources, staged: sourcesOnly);
            if (sourcesOnly) documents.Publish(version);
            else GiveReportedOxygen(collection);
            progress?.Report(new ImportProgress(tally.Total, compressed.Length, compressed.Length, clock.Elapsed));
        }
        return tally;
    }

    /// <summary>
    /// A variable oxygen takes what other papers report for the same cations (<see cref="ReportedOxygen"/>): once every
    /// reaction is written, the kept ones are read as a stream, and the few written with a variable oxygen updated.
    /// </summary>
    private static void GiveReportedOxygen(ILiteCollection<Reaction> collection)
    {
        var reported = new ReportedOxygen();
        foreach (var reaction in collection.Find(r => r.Kept)) reported.Read(reaction);
        foreach (var reaction in collection.Find(r => r.Kept && r.RecordedTarget != null).ToList())
            if (reported.Apply(reaction)) collection.Update(reaction);
    }

    /// <summary>The stable id, with "-2", "-3", ... for records repeating an earlier DOI and reaction string.</summary>
    private static string UniqueId(Reaction reaction, Dictionary<string, int> idCounts)
    {
        var id = ReactionKeys.StableId(reaction.Doi, reaction.ReactionString.Length > 0 ? reaction.ReactionString : $"#{reaction.SourceIndex}");
        var seen = idCounts[id] = idCounts.GetValueOrDefault(id) + 1;
        return seen == 1 ? id : $"{id}-{seen}";
    }

    private sealed class Tally
    {
        public int Total { get; private set; }
        public int Kept { get; private set; }
        public Dictionary<string, int> Dropped { get; } = [];
        public List<string> BadRecords { get; } = [];

        public void Count(Reaction reaction)
        {
            Total++;
            if (reaction.Kept)
            {
                Kept++;
                return;
            }
            Dropped[reaction.DropReason!] = Dropped.GetValueOrDefault(reaction.DropReason!) + 1;
            if (BadInputReasons.Contains(reaction.DropReason!) && BadRecords.Count < MaxBadRecordsListed)
                BadRecords.Add($"record {reaction.SourceIndex} (doi {(reaction.Doi.Length > 0 ? reaction.Doi : "unknown")}): {reaction.DropReason}: {reaction.DropDetail}");
        }
    }
}
