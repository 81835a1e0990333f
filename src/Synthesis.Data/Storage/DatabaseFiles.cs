using System.Collections.Concurrent;
using LiteDB;

namespace Synthesis.Data.Storage;

/// <summary>
/// The database files one host has open: one <see cref="LiteDatabase"/> per file (LiteDB's direct mode locks the file,
/// and one instance is thread-safe), shared by everything the host runs on it, and closed when the host disposes this.
/// A host is the server (a singleton of its service container) or one CLI command (<c>DatabaseOption.Run</c>).
/// Opening a file first takes its <see cref="DatabaseLock"/>, so a second host, in this process or another, is refused
/// with a message naming the owner instead of importing, writing or reading beside it.
/// </summary>
/// <param name="ownerKind">what this host is, as written into the lock of every file it opens (<see cref="DatabaseOwner.Server"/> or <see cref="DatabaseOwner.Cli"/>)</param>
public sealed class DatabaseFiles(string ownerKind) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<LiteDatabase>> _open = new();
    private readonly ConcurrentDictionary<string, DatabaseLock> _locks = new();

    public string OwnerKind { get; } = ownerKind;

    /// <summary>The one instance for <paramref name="path"/>, creating the file and its folder when missing.</summary>
    public LiteDatabase For(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var database = _open.GetOrAdd(fullPath, p => new Lazy<LiteDatabase>(() => Create(p)));
        try
        {
            return database.Value;
        }
        catch
        {
            _open.TryRemove(KeyValuePair.Create(fullPath, database)); // a failed open (in use, damaged) is not kept
            throw;
        }
    }

    /// <summary>This host's lock on an open file (null when it has not opened it), e.g. to record a server's address.</summary>
    public DatabaseLock? LockOf(string path) => _locks.GetValueOrDefault(Path.GetFullPath(path));

    /// <summary>Closes the file's instance and lets go of its lock, so that another host may open it.</summary>
    public void Close(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (_open.TryRemove(fullPath, out var database) && database.IsValueCreated) database.Value.Dispose();
        if (_locks.TryRemove(fullPath, out var owned)) owned.Dispose();
    }

    public void Dispose()
    {
        foreach (var path in _open.Keys) Close(path);
    }

    private LiteDatabase Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var owned = DatabaseLock.Acquire(path, OwnerKind);
        try
        {
            var database = ReactionDatabase.Open(path);
            _locks[path] = owned;
            return database;
        }
        catch
        {
            owned.Dispose();
            throw;
        }
    }
}
