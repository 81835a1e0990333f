using System.Text.Json;

namespace Synthesis.Data.Storage;

/// <summary>Who holds a database file: a process id, "server" or "cli", and for a server the gRPC address it serves on.</summary>
public sealed record DatabaseOwner(int ProcessId, string Kind, string? Address, DateTime SinceUtc)
{
    public const string Server = "server";
    public const string Cli = "cli";

    public override string ToString() =>
        $"{(Kind == Server ? "a Synthesis server" : "the synthesis command")} (pid {ProcessId}{(Address is null ? "" : $", serving on {Address}")}, since {SinceUtc:yyyy-MM-dd HH:mm:ss} UTC)";
}

/// <summary>A second process asked for a database file another process holds.</summary>
public sealed class DatabaseInUseException(string databasePath, DatabaseOwner? owner)
    : InvalidOperationException($"the database {databasePath} is in use by {owner?.ToString() ?? "another process"}; " +
                                "only one process may open it at a time: stop that process, or use another file (--db, $SYNTHESIS_DB)")
{
    public DatabaseOwner? Owner { get; } = owner;
}

/// <summary>
/// One owner per database file: an OS lock on "&lt;db&gt;.owner", held for as long as the process has the database
/// open, with the owner written into it as JSON (pid, kind, and for a server its address) so that another process
/// can say who holds the file — or send its work to that server. The lock is an <see cref="OpenFileLock"/> on one
/// byte far past the JSON, so readers can still read the file, a second opener in the same process is refused too,
/// the kernel drops it when the process dies (kill -9 included), and a stale file from a dead owner is taken over.
/// </summary>
public sealed class DatabaseLock : IDisposable
{
    /// <summary>Where the lock byte lies: beyond any owner JSON, so the locked range never overlaps what readers read.</summary>
    private const long LockedByte = 1L << 40;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly FileStream _file;

    private DatabaseLock(string databasePath, FileStream file, DatabaseOwner owner)
    {
        (DatabasePath, _file) = (databasePath, file);
        Write(owner);
    }

    public string DatabasePath { get; }
    public DatabaseOwner Owner { get; private set; } = null!;

    public static string LockPath(string databasePath) => Path.GetFullPath(databasePath) + ".owner";

    /// <summary>Takes the file for this process, or throws <see cref="DatabaseInUseException"/> naming the process that has it.</summary>
    public static DatabaseLock Acquire(string databasePath, string kind, string? address = null)
    {
        var path = LockPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A few tries: another process's CurrentOwner holds the lock for a moment while it looks.
        for (var attempt = 0; ; attempt++)
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            if (OpenFileLock.TryLock(file.SafeFileHandle, LockedByte)) return new DatabaseLock(Path.GetFullPath(databasePath), file, new DatabaseOwner(Environment.ProcessId, kind, address, DateTime.UtcNow));
            file.Dispose();
            if (attempt == 4) throw new DatabaseInUseException(Path.GetFullPath(databasePath), OwnerOnceWritten(path));
            Thread.Sleep(50);
        }
    }

    /// <summary>The process holding <paramref name="databasePath"/>, or null when none does (no lock file, or a dead owner's).</summary>
    public static DatabaseOwner? CurrentOwner(string databasePath)
    {
        var path = LockPath(databasePath);
        if (!File.Exists(path)) return null;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            if (!OpenFileLock.TryLock(probe.SafeFileHandle, LockedByte)) return ReadOwner(path);
            OpenFileLock.Unlock(probe.SafeFileHandle, LockedByte);
            return null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Rewrites the owner, e.g. once a server knows the address it listens on.</summary>
    public void Update(string kind, string? address) => Write(Owner with { Kind = kind, Address = address });

    private void Write(DatabaseOwner owner)
    {
        Owner = owner;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(owner, Json);
        _file.SetLength(0);
        _file.Position = 0;
        _file.Write(bytes);
        _file.Flush(flushToDisk: true);
    }

    /// <summary>How long a process that lost the file waits for the winner's owner JSON, so that its error can name it.</summary>
    private static readonly TimeSpan OwnerWriteWait = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The owner as soon as it has written itself: the winner of a race writes its JSON just after taking the lock,
    /// which on a busy machine (a process's first JSON serialisation) can take longer than the loser's retries. Null after
    /// <see cref="OwnerWriteWait"/>.
    /// </summary>
    private static DatabaseOwner? OwnerOnceWritten(string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var owner = ReadOwner(path);
            if (owner is not null || clock.Elapsed > OwnerWriteWait) return owner;
            Thread.Sleep(50);
        }
    }

    private static DatabaseOwner? ReadOwner(string path)
    {
        try
        {
            using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return JsonSerializer.Deserialize<DatabaseOwner>(reader, Json);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null; // being rewritten this instant, or written by a process that died mid-write
        }
    }

    /// <summary>Empties the owner JSON and releases the lock; the file stays, so no one can lock a file that is about to vanish.</summary>
    public void Dispose()
    {
        _file.SetLength(0);
        OpenFileLock.Unlock(_file.SafeFileHandle, LockedByte);
        _file.Dispose();
    }
}
