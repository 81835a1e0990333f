using System.Diagnostics;
using Synthesis.Client;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>
/// Two real server processes started at once on one empty database (the issue: one crashed, and once the other
/// served a partial index). Now one takes the file, imports and serves every kept reaction; the other stops at
/// once with exit code 1, naming the owner. The processes load the tiny test model (the shipped one takes minutes on a
/// busy machine); the time limits only bound a failing run.
/// </summary>
[Collection(RealModelCollection.Name)]
public sealed class TwoServersTests(RealModelServer fixture) : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "solid-state-sample.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("synthesis-two-servers-").FullName;
    private readonly List<ServerProcess> _servers = [];
    private string Database => Path.Combine(_folder, "reactions.db");

    [Fact]
    public async Task Two_servers_on_one_empty_database_one_serves_everything_and_the_other_refuses()
    {
        var servers = Enumerable.Range(0, 2).Select(_ => StartServer()).ToList();

        var loser = await WaitForExit(TimeSpan.FromMinutes(5));
        var survivor = servers.Single(s => s != loser);
        var address = await WaitForAddress(TimeSpan.FromMinutes(5));
        await Serving.WaitFor(address, TimeSpan.FromMinutes(5));
        using var client = new SynthesisClient(address);
        var served = (await client.SearchAsync(pageSize: 1)).Total;

        Assert.Equal(1, loser.Process.ExitCode);
        Assert.Contains("in use by a Synthesis server (pid ", loser.Output);
        Assert.Equal(survivor.Process.Id, DatabaseLock.CurrentOwner(Database)?.ProcessId);
        Assert.Equal(ExpectedKept(), served);
    }

    private ServerProcess StartServer()
    {
        var server = ServerProcess.Start(new Dictionary<string, string>
        {
            ["Database"] = Database, ["Dataset"] = Sample, ["ModelDirectory"] = fixture.ModelDirectory,
        });
        _servers.Add(server);
        return server;
    }

    private async Task<ServerProcess> WaitForExit(TimeSpan limit)
    {
        var exited = await Task.WhenAny(_servers.Select(s => s.Process.WaitForExitAsync())).WaitAsync(limit);
        await exited;
        var loser = _servers.First(s => s.Process.HasExited);
        loser.Process.WaitForExit(); // the output is read to its end
        return loser;
    }

    private async Task<string> WaitForAddress(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (DatabaseLock.CurrentOwner(Database)?.Address is { } address) return address;
            if (clock.Elapsed > limit) throw new TimeoutException("the surviving server never recorded its address in the database's owner file");
            await Task.Delay(100);
        }
    }

    /// <summary>Kept reactions of the sample, from an import of our own into another file.</summary>
    private int ExpectedKept()
    {
        using var databases = new DatabaseFiles(DatabaseOwner.Cli);
        return new ReactionImporter(databases.For(Path.Combine(_folder, "expected.db"))).Import(Sample).Version.Kept;
    }

    public void Dispose()
    {
        foreach (var server in _servers) server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
