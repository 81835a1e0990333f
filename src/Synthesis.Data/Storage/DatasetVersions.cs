using LiteDB;

namespace Synthesis.Data.Storage;

/// <summary>The life cycle of dataset versions in one database: begin, write, complete — or discard when an import died.</summary>
public sealed class DatasetVersions(LiteDatabase database)
{
    private ILiteCollection<VersionRecord> Versions => database.GetCollection<VersionRecord>(VersionRecord.Collection);

    /// <summary>The newest complete version, or null before the first finished import.</summary>
    public VersionRecord? Current() =>
        Versions.Query().Where(v => v.Complete).OrderByDescending(v => v.Number).FirstOrDefault();

    /// <summary>The complete version imported from this file under the current cleaning rules (<see cref="Cleaning.ReactionResolver.Revision"/>).</summary>
    public VersionRecord? FindComplete(string contentSha256) =>
        Versions.Query().Where(v => v.ContentSha256 == contentSha256 && v.CleaningRevision == Cleaning.ReactionResolver.Revision && v.Complete).FirstOrDefault();

    /// <summary>Deletes versions a killed import left incomplete, with their reactions and splits; returns their numbers.</summary>
    public IReadOnlyList<int> DiscardIncomplete()
    {
        var incomplete = Versions.Find(v => !v.Complete).Select(v => v.Number).ToList();
        foreach (var number in incomplete)
        {
            database.DropCollection(VersionRecord.ReactionCollection(number));
            new SourceDocuments(database).Drop(number);
            database.GetCollection<SplitRecord>(SplitRecord.Collection).DeleteMany(s => s.Version == number);
            Versions.Delete(number);
        }
        return incomplete;
    }

    /// <summary>Records a new, incomplete version numbered after every existing one.</summary>
    public VersionRecord Begin(string sourceFile, string contentSha256)
    {
        var last = Versions.Query().OrderByDescending(v => v.Number).Select(v => v.Number).FirstOrDefault();
        var version = new VersionRecord
        {
            Number = last + 1,
            SourceFile = sourceFile,
            ContentSha256 = contentSha256,
            CleaningRevision = Cleaning.ReactionResolver.Revision,
            ImportedUtc = DateTime.UtcNow,
        };
        Versions.Insert(version);
        return version;
    }

    /// <summary>
    /// The one small write that makes a fully written version visible to readers. The reactions are first moved from
    /// LiteDB's log into the file — the write that grows it, where a full disk strikes — while the version is still
    /// incomplete, so that a failure there leaves the previous version current.
    /// </summary>
    public void Complete(VersionRecord version, int total, int kept)
    {
        version.ReactionsSha256 = DatasetContent.Sha256(database, version.Number);
        database.Checkpoint();
        version.Total = total;
        version.Kept = kept;
        version.Complete = true;
        Versions.Update(version);
        database.Checkpoint();
    }
}
