using System.Collections.Concurrent;
using LiteDB;

namespace Synthesis.Data.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> per database file in this process (LiteDB's direct mode locks the file, and
/// one instance is thread-safe), shared by the importer, the repository and the server; closed at process exit.
/// </summary>
public static class ReactionDatabase
{
    private static readonly ConcurrentDictionary<string, Lazy<LiteDatabase>> Open = new();

    static ReactionDatabase() => AppDomain.CurrentDomain.ProcessExit += (_, _) => CloseAll();

    /// <summary>The shared instance for <paramref name="path"/>, creating the file and its folder when missing.</summary>
    public static LiteDatabase For(string path)
    {
        var fullPath = Path.GetFullPath(path);
        return Open.GetOrAdd(fullPath, p => new Lazy<LiteDatabase>(() => Create(p))).Value;
    }

    /// <summary>Closes the file's instance (tests, and tools that delete the file).</summary>
    public static void Close(string path)
    {
        if (Open.TryRemove(Path.GetFullPath(path), out var database) && database.IsValueCreated) database.Value.Dispose();
    }

    public static void CloseAll()
    {
        foreach (var path in Open.Keys) Close(path);
    }

    private static LiteDatabase Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Empty strings stay empty (LiteDB would read them back as null into non-nullable string properties).
        var mapper = new BsonMapper { EnumAsInteger = false, EmptyStringToNull = false };
        mapper.Entity<VersionRecord>().Id(v => v.Number, autoId: false);
        var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, mapper);
        database.GetCollection<VersionRecord>(VersionRecord.Collection).EnsureIndex(v => v.ContentSha256);
        return database;
    }
}
