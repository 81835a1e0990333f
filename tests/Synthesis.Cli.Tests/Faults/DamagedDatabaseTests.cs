using Synthesis.Cli.Tests.Fixtures;

namespace Synthesis.Cli.Tests.Faults;

/// <summary>A command on a file that is no Synthesis database (garbage bytes) names the file and the remedy, not LiteDB's inner text.</summary>
public sealed class DamagedDatabaseTests : DatabaseFolder
{
    [Fact]
    public void A_damaged_database_is_named_with_the_remedy()
    {
        File.WriteAllBytes(Database, Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7919 % 251)).ToArray());

        var (code, _, error) = CliRunner.Run("dataset", "stats", "--db", Database);

        Assert.NotEqual(0, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"synthesis: the database {Database} is damaged or not a Synthesis database (", line);
        Assert.Contains("move it aside", line);
    }
}
