using System.Diagnostics;

namespace Synthesis.Cli.Tests.Fixtures;

/// <summary>What a child `synthesis` process did: whether this test SIGKILLed it, its exit code, and what it wrote.</summary>
public sealed record ChildOutcome(bool Killed, int ExitCode, string Out, IReadOnlyList<string> ErrorLines)
{
    public string Error => string.Join('\n', ErrorLines);
}

/// <summary>
/// The built `synthesis` command (synthesis.dll beside these tests) as a child process, as a user runs it: to its end,
/// or killed with SIGKILL (kill -9) after a delay or as soon as a line on its stderr — a progress line — says it has
/// reached a given moment. An optional launcher runs it inside another command (a private mount namespace,
/// <see cref="SmallDisk"/>). A run that outlives <see cref="Limit"/> is killed and fails the test.
/// </summary>
public static class CliChild
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "synthesis.dll");

    public static Task<ChildOutcome> Run(params string[] args) => Run(args, killOnLine: null);

    /// <param name="killOnLine">SIGKILL the process once a stderr line satisfies this (the line itself is kept)</param>
    /// <param name="killAfter">SIGKILL the process after this long unless it has finished</param>
    /// <param name="launcher">command and arguments that run the rest (`dotnet synthesis.dll …`) after them</param>
    public static async Task<ChildOutcome> Run(IReadOnlyList<string> args, Func<string, bool>? killOnLine, TimeSpan? killAfter = null,
        IReadOnlyList<string>? launcher = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        string[] command = [.. launcher ?? [], "dotnet", Dll, .. args];
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command[1..]) start.ArgumentList.Add(arg);
        foreach (var variable in new[] { "SYNTHESIS_SERVER", "SYNTHESIS_API_KEY", "SYNTHESIS_DB" }) start.Environment.Remove(variable);
        start.Environment["OMP_WAIT_POLICY"] = "PASSIVE";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = new Process { StartInfo = start };
        var errorLines = new List<string>();
        var killSent = false;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (errorLines) errorLines.Add(e.Data);
            if (killOnLine?.Invoke(e.Data) == true) killSent |= Kill(process);
        };
        process.Start();
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEndAsync();

        using var limit = new CancellationTokenSource(Limit);
        var exited = process.WaitForExitAsync(limit.Token);
        if (killAfter is { } delay && await Task.WhenAny(exited, Task.Delay(delay)) != exited) killSent |= Kill(process);
        try
        {
            await exited;
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw new TimeoutException($"synthesis {string.Join(' ', args)} did not finish within {Limit.TotalMinutes} minutes");
        }
        process.WaitForExit(); // the stderr lines are all read
        var written = await output;
        lock (errorLines)
            return new ChildOutcome(killSent && process.ExitCode == 128 + 9, process.ExitCode, written, [.. errorLines]);
    }

    /// <summary>SIGKILL (Process.Kill on Unix): no handler, no finally block, no flush runs in the child.</summary>
    private static bool Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false; // it had exited already
        }
    }
}
