using System.Diagnostics;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Tests;

/// <summary>A real second process — the built `synthesis` command — on a database file this process holds.</summary>
public sealed class DatabaseOwnerTests
{
    [Fact]
    public void The_command_refuses_a_database_a_server_holds_and_names_it()
    {
        var folder = Directory.CreateTempSubdirectory("synthesis-owner-").FullName;
        var database = Path.Combine(folder, "reactions.db");
        try
        {
            using var server = DatabaseLock.Acquire(database, DatabaseOwner.Server, "127.0.0.1:50999");
            File.WriteAllBytes(database, []); // a server's database exists: the refusal must come from its lock

            var (code, error) = RunCommand("dataset", "stats", "--db", database);

            Assert.NotEqual(0, code);
            Assert.Contains($"in use by a Synthesis server (pid {Environment.ProcessId}, serving on 127.0.0.1:50999", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Code, string Error) RunCommand(params string[] args)
    {
        var cli = Path.Combine(CliRunner.RepositoryRoot(), "src", "Synthesis.Cli", "bin", "Release", "net10.0", "linux-x64", "synthesis.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the command did not finish within 60 s");
        return (process.ExitCode, error.Result);
    }
}
