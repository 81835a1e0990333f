namespace Synthesis.Cli.Tests;

/// <summary>`synthesis train reaction` refuses bad settings before it touches the database.</summary>
public sealed class TrainCommandTests
{
    [Theory]
    [InlineData("--members", "0", "--members must be at least 1")]
    [InlineData("--autoencoder-epochs", "0", "must be at least 1")]
    [InlineData("--regressor-patience", "0", "must be at least 1")]
    [InlineData("--regressor-context", "sideways", "sideways")]
    [InlineData("--fraction-loss", "hinge", "hinge")]
    [InlineData("--size", "huge", "huge")]
    public void BadSettingsExitNonZeroAndSayWhy(string option, string value, string message)
    {
        var database = Path.Combine(Path.GetTempPath(), $"synthesis-never-created-{Guid.NewGuid():N}.db");
        var (code, _, error) = CliRunner.Run("train", "reaction", option, value, "--db", database);
        Assert.NotEqual(0, code);
        Assert.Contains(message, error);
        Assert.False(File.Exists(database));
    }
}
