using System.Diagnostics;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>The `synthesis` CLI as its own process (built alongside this project), as a curator would run it next to a server.</summary>
public static class CliProcess
{
    /// <summary>synthesis.dll of the same configuration as these tests.</summary>
    public static string Dll => Path.Combine(BuildOutput.Of("Synthesis.Cli"), "synthesis.dll");

    public static async Task<(int ExitCode, string Out, string Error)> Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var variable in new[] { "SYNTHESIS_SERVER", "SYNTHESIS_API_KEY", "SYNTHESIS_DB" }) start.Environment.Remove(variable);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
