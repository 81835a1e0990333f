using Synthesis.Cli.Tests.Fixtures;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Tests;

/// <summary>A real second process — the built `synthesis` command — on a database file this process holds.</summary>
public sealed class DatabaseOwnerTests
{
    [Fact]
    public async Task The_command_refuses_a_database_a_server_holds_and_names_it()
    {
        var folder = Directory.CreateTempSubdirectory("synthesis-owner-").FullName;
        var database = Path.Combine(folder, "reactions.db");
        try
        {
            using var server = DatabaseLock.Acquire(database, DatabaseOwner.Server, "127.0.0.1:50999");
            File.WriteAllBytes(database, []); // a server's database exists: the refusal must come from its lock

            var refused = await CliChild.Run("dataset", "stats", "--db", database);

            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains($"in use by a Synthesis server (pid {Environment.ProcessId}, serving on 127.0.0.1:50999", refused.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
