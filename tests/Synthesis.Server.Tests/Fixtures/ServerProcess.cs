using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// The server as its own process — `dotnet Synthesis.Server.dll` of the same build as these tests, from the repository
/// root, as run.sh starts it — configured through Synthesis__* environment variables. Its output is kept for messages.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = PythonClient.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(BuildOutput.Of("Synthesis.Server"), "Synthesis.Server.dll"));
        foreach (var variable in new[] { "SYNTHESIS_DB", "SYNTHESIS_MODEL", "SYNTHESIS_API_KEY" }) start.Environment.Remove(variable);
        foreach (var (name, value) in settings) start.Environment[$"Synthesis__{name}"] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <param name="settings">Synthesis options by name (e.g. "Database", "HttpAddress"); ListenAddress and HttpAddress default to free loopback ports</param>
    public static ServerProcess Start(IReadOnlyDictionary<string, string> settings) =>
        new(new Dictionary<string, string> { ["ListenAddress"] = "127.0.0.1:0", ["HttpAddress"] = "127.0.0.1:0" }
            .Concat(settings).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value));

    public Process Process => _process;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>
    /// host:port of gRPC and of the page, from Kestrel's "Now listening on:" lines: gRPC's endpoint is configured, and
    /// bound, first.
    /// </summary>
    public async Task<(string Grpc, string Http)> Addresses(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (ListeningLine().Matches(Output).Select(m => m.Groups["address"].Value).ToArray() is [var grpc, var http, ..]) return (grpc, http);
            if (_process.HasExited) throw new InvalidOperationException($"the server stopped (exit code {_process.ExitCode}) before listening:\n{Output}");
            if (clock.Elapsed > limit) throw new TimeoutException($"the server did not listen on two addresses within {limit.TotalSeconds:0} s:\n{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>Starts the server and waits until it is SERVING; returns it with its addresses.</summary>
    public static async Task<(ServerProcess Server, string Grpc, string Http)> StartServing(IReadOnlyDictionary<string, string> settings, TimeSpan limit)
    {
        var server = Start(settings);
        try
        {
            var (grpc, http) = await server.Addresses(limit);
            await Serving.WaitFor(grpc, limit, () => !server._process.HasExited);
            return (server, grpc, http);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Stops the server as Ctrl-C or run.sh's trap does (SIGTERM) and waits for it to exit; returns its exit code.</summary>
    public async Task<int> Stop(TimeSpan limit)
    {
        if (Kill(_process.Id, SigTerm) != 0) throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    [GeneratedRegex(@"Now listening on: https?://(?<address>\S+)")]
    private static partial Regex ListeningLine();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
