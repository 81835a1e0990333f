using Synthesis.Data.Storage;

namespace Synthesis.Data.Tests;

/// <summary>One owner per database file, and a readable record of who it is.</summary>
public sealed class DatabaseLockTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public void A_second_owner_is_refused_with_the_first_ones_pid_kind_and_address()
    {
        using var first = DatabaseLock.Acquire(_db.Path, DatabaseOwner.Server, "127.0.0.1:50051");

        var refused = Assert.Throws<DatabaseInUseException>(() => DatabaseLock.Acquire(_db.Path, DatabaseOwner.Cli));

        Assert.Equal((Environment.ProcessId, DatabaseOwner.Server, "127.0.0.1:50051"), (refused.Owner!.ProcessId, refused.Owner.Kind, refused.Owner.Address));
        Assert.Contains(_db.Path, refused.Message);
        Assert.Contains($"pid {Environment.ProcessId}", refused.Message);
    }

    [Fact]
    public void A_process_that_loses_the_race_before_the_winner_has_written_itself_still_names_it()
    {
        using var first = DatabaseLock.Acquire(_db.Path, DatabaseOwner.Server, "127.0.0.1:50051");
        var path = DatabaseLock.LockPath(_db.Path);
        var owner = File.ReadAllText(path);
        File.WriteAllText(path, ""); // as just after the winner took the lock, before its first JSON serialisation finished
        // A thread of its own, not the thread pool: with the other test classes running in parallel on 2 cores, a pool
        // continuation after Task.Delay could wait longer than the 2 s the loser waits (it failed so once in CI).
        var writer = new Thread(() =>
        {
            Thread.Sleep(500);
            File.WriteAllText(path, owner);
        });
        writer.Start();

        var refused = Assert.Throws<DatabaseInUseException>(() => DatabaseLock.Acquire(_db.Path, DatabaseOwner.Cli));

        writer.Join();
        Assert.Contains($"a Synthesis server (pid {Environment.ProcessId}", refused.Message);
    }

    [Fact]
    public void The_current_owner_is_readable_while_held_and_gone_after()
    {
        var held = DatabaseLock.Acquire(_db.Path, DatabaseOwner.Server);
        held.Update(DatabaseOwner.Server, "127.0.0.1:5000");

        var owner = DatabaseLock.CurrentOwner(_db.Path);
        held.Dispose();

        Assert.Equal(("127.0.0.1:5000", Environment.ProcessId), (owner?.Address, owner?.ProcessId));
        Assert.Null(DatabaseLock.CurrentOwner(_db.Path));
        using var next = DatabaseLock.Acquire(_db.Path, DatabaseOwner.Cli);
    }

    [Fact]
    public void Opening_the_database_takes_the_lock_and_closing_it_releases_it()
    {
        _ = _db.Database;

        Assert.Equal(DatabaseOwner.Cli, DatabaseLock.CurrentOwner(_db.Path)?.Kind);
        _db.Close();
        Assert.Null(DatabaseLock.CurrentOwner(_db.Path));
    }

    public void Dispose() => _db.Dispose();
}
