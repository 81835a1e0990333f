using LiteDB;
using Synthesis.Data.Curation;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Storage;

/// <summary>
/// How a reaction database file is opened with LiteDB, and what to say when it cannot be. Hosts open files through
/// their <see cref="DatabaseFiles"/>, which takes the file's owner lock first.
/// </summary>
public static class ReactionDatabase
{
    /// <summary>
    /// What to say when LiteDB cannot make sense of a file: it throws whatever exception the bytes lead to
    /// (LiteException "Invalid page type", ArgumentOutOfRangeException for a date in a garbage header…), which means
    /// nothing to an operator. Failures to read at all (IOException: a full disk, a missing permission) are not damage.
    /// </summary>
    public static bool IsDamage(Exception e) => e is not (DatabaseInUseException or InvalidDataException or IOException or UnauthorizedAccessException or OutOfMemoryException);

    /// <summary>The file, the cause and the remedy, for a file that <see cref="IsDamage"/> says is damaged.</summary>
    public static InvalidDataException Damaged(string path, Exception e) =>
        new($"the database {path} is damaged or not a Synthesis database ({e.Message}); " +
            "move it aside and restart (or import) to build it again from the dataset, or restore it from a backup", e);

    /// <summary>
    /// Builds the mapping of every type the store keeps, nested ones included, on the opening thread. LiteDB 5.0.21 builds
    /// a type's mapping on its first use and can hand a half-built one to another thread using the type at the same
    /// moment: a server's first concurrent requests then failed with "Member FinishedUtc not found on BsonMapper" or read
    /// a source document back empty (litedb-org/LiteDB#2536 and #2563, fixed after 5.0.21; ConcurrentFirstUseTests).
    /// A type stored in a new collection belongs here.
    /// </summary>
    private static void MapStoredTypes(BsonMapper mapper)
    {
        mapper.Entity<Reaction>();
        mapper.Entity<Precursor>();
        mapper.Entity<Operation>();
        mapper.Entity<SplitRecord>();
        mapper.Entity<SourceDocuments.Document>();
        mapper.Entity<RunRecord>();
        mapper.Entity<FlagRecord>();
        mapper.Entity<ModelSignals>();
        mapper.Entity<RuleFinding>();
        mapper.Entity<FlagCandidate>();
        mapper.Entity<FlagNeighbour>();
        mapper.Entity<ReviewRecord>();
        mapper.Entity<AuditEntry>();
    }

    /// <summary>Opens <paramref name="path"/> in direct mode with the store's mapping; the caller holds its <see cref="DatabaseLock"/>.</summary>
    internal static LiteDatabase Open(string path)
    {
        // Empty strings stay empty (LiteDB would read them back as null into non-nullable string properties).
        var mapper = new BsonMapper { EnumAsInteger = false, EmptyStringToNull = false };
        mapper.Entity<VersionRecord>().Id(v => v.Number, autoId: false);
        MapStoredTypes(mapper);
        LiteDatabase? database = null;
        try
        {
            database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, mapper);
            database.GetCollection<VersionRecord>(VersionRecord.Collection).EnsureIndex(v => v.ContentSha256);
            return database;
        }
        catch (Exception e) when (IsDamage(e))
        {
            database?.Dispose();
            throw Damaged(path, e);
        }
    }
}
