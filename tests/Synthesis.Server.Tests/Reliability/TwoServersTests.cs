using System.Diagnostics;
using Grpc.Health.V1;
using Grpc.Net.Client;
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
    private readonly List<Process> _servers = [];
    private string Database => Path.Combine(_folder, "reactions.db");

    [Fact]
    public async Task Two_servers_on_one_empty_database_one_serves_everything_and_the_other_refuses()
    {
        var outputs = Enumerable.Range(0, 2).Select(_ => StartServer()).ToList();

        var loser = await WaitForExit(TimeSpan.FromMinutes(5));
        var survivor = _servers.Single(s => s != loser);
        var address = await WaitForAddress(TimeSpan.FromMinutes(5));
        await WaitUntilServing(address, TimeSpan.FromMinutes(5));
        using var client = new SynthesisClient(address);
        var served = (await client.SearchAsync(pageSize: 1)).Total;

        Assert.Equal(1, loser.ExitCode);
        Assert.Contains("in use by a Synthesis server (pid ", outputs[_servers.IndexOf(loser)].ToString());
        Assert.Equal(survivor.Id, DatabaseLock.CurrentOwner(Database)?.ProcessId);
        Assert.Equal(ExpectedKept(), served);
    }

    private System.Text.StringBuilder StartServer()
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "src", "Synthesis.Server", "bin", "Release", "net10.0", "linux-x64", "Synthesis.Server.dll"));
        start.Environment["Synthesis__ListenAddress"] = "127.0.0.1:0";
        start.Environment["Synthesis__HttpAddress"] = "127.0.0.1:0";
        start.Environment["Synthesis__Database"] = Database;
        start.Environment["Synthesis__Dataset"] = Sample;
        start.Environment["Synthesis__ModelDirectory"] = fixture.ModelDirectory;
        var output = new System.Text.StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _servers.Add(process);
        return output;
    }

    private async Task<Process> WaitForExit(TimeSpan limit)
    {
        var exited = await Task.WhenAny(_servers.Select(s => s.WaitForExitAsync())).WaitAsync(limit);
        await exited;
        var loser = _servers.First(s => s.HasExited);
        loser.WaitForExit(); // the output is read to its end
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

    private static async Task WaitUntilServing(string address, TimeSpan limit)
    {
        using var channel = GrpcChannel.ForAddress("http://" + address);
        var health = new Health.HealthClient(channel);
        var clock = Stopwatch.StartNew();
        while ((await health.CheckAsync(new HealthCheckRequest())).Status != HealthCheckResponse.Types.ServingStatus.Serving)
        {
            if (clock.Elapsed > limit) throw new TimeoutException("the surviving server never reported SERVING");
            await Task.Delay(200);
        }
    }

    /// <summary>Kept reactions of the sample, from an import of our own into another file.</summary>
    private int ExpectedKept()
    {
        var own = Path.Combine(_folder, "expected.db");
        try
        {
            return new ReactionImporter(ReactionDatabase.For(own)).Import(Sample).Version.Kept;
        }
        finally
        {
            ReactionDatabase.Close(own);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Synthesis.sln"))) return directory.FullName;
        throw new DirectoryNotFoundException("Synthesis.sln not found above the test's folder");
    }

    public void Dispose()
    {
        foreach (var server in _servers)
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
            server.WaitForExit();
            server.Dispose();
        }
        Directory.Delete(_folder, recursive: true);
    }
}
