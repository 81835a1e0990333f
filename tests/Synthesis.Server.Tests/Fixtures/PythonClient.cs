using System.Diagnostics;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>Runs Debian's /usr/bin/python3 (the one that sees python3-grpcio) with clients/python on its path.</summary>
public static class PythonClient
{
    private const string Python = "/usr/bin/python3";

    public static readonly string RepositoryRoot = FindRoot(AppContext.BaseDirectory);

    /// <summary>Why the Python tests cannot run here, or null when they can.</summary>
    public static readonly string? Unavailable = Probe();

    public static (int ExitCode, string Output, string Error) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, script));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["PYTHONPATH"] = Path.Combine(RepositoryRoot, "clients", "python");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new TimeoutException($"{script} did not finish within 60 s");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string? Probe()
    {
        if (!File.Exists(Python)) return $"{Python} is missing";
        var start = new ProcessStartInfo(Python, ["-c", "import grpc, google.protobuf"]) { RedirectStandardError = true };
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"{Python} lacks grpc: apt-get install python3-grpcio python3-protobuf";
    }

    private static string FindRoot(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Synthesis.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Synthesis.sln above {from}");
    }
}

/// <summary>A fact that is skipped, saying why, where /usr/bin/python3 cannot import grpc.</summary>
public sealed class PythonGrpcFactAttribute : FactAttribute
{
    public PythonGrpcFactAttribute()
    {
        if (PythonClient.Unavailable is { } reason) Skip = reason;
    }
}
