using System.Collections.Concurrent;
using LiteDB;

namespace Synthesis.Data.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> per database file in this process (LiteDB's direct mode locks the file, and
/// one instance is thread-safe), shared by the importer, the repository and the server; closed at process exit.
/// Opening a file first takes its <see cref="DatabaseLock"/>, so a second process (server or CLI) is refused with a
/// message naming the owner instead of importing, writing or reading beside it.
/// </summary>
public static class ReactionDatabase
{
    private static readonly ConcurrentDictionary<string, Lazy<LiteDatabase>> Open = new();
    private static readonly ConcurrentDictionary<string, DatabaseLock> Locks = new();

    /// <summary>What this process is, as written into the lock of every file it opens: <see cref="DatabaseOwner.Cli"/> unless a server says otherwise.</summary>
    public static string OwnerKind { get; set; } = DatabaseOwner.Cli;

    /// <summary>This process's lock on an open file (null when it has not opened it), e.g. to record a server's address.</summary>
    public static DatabaseLock? LockOf(string path) => Locks.GetValueOrDefault(Path.GetFullPath(path));

    static ReactionDatabase() => AppDomain.CurrentDomain.ProcessExit += (_, _) => CloseAll();

    /// <summary>The shared instance for <paramref name="path"/>, creating the file and its folder when missing.</summary>
    public static LiteDatabase For(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var database = Open.GetOrAdd(fullPath, p => new Lazy<LiteDatabase>(() => Create(p)));
        try
        {
            return database.Value;
        }
        catch
        {
            Open.TryRemove(KeyValuePair.Create(fullPath, database)); // a failed open (in use, damaged) is not cached
            throw;
        }
    }

    /// <summary>Closes the file's instance (tests, and tools that delete the file).</summary>
    public static void Close(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (Open.TryRemove(fullPath, out var database) && database.IsValueCreated) database.Value.Dispose();
        if (Locks.TryRemove(fullPath, out var owned)) owned.Dispose();
    }

    public static void CloseAll()
    {
        foreach (var path in Open.Keys) Close(path);
    }

    private static LiteDatabase Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var owned = DatabaseLock.Acquire(path, OwnerKind);
        try
        {
            var database = OpenFile(path);
            Locks[path] = owned;
            return database;
        }
        catch
        {
            owned.Dispose();
            throw;
        }
    }

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

    private static LiteDatabase OpenFile(string path)
    {
        // Empty strings stay empty (LiteDB would read them back as null into non-nullable string properties).
        var mapper = new BsonMapper { EnumAsInteger = false, EmptyStringToNull = false };
        mapper.Entity<VersionRecord>().Id(v => v.Number, autoId: false);
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
