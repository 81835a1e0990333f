namespace Synthesis.Cli.Tests;

/// <summary>`synthesis export-weights` refuses bad input with exit code 2 and one line (the export itself: Synthesis.Models.Tests).</summary>
public sealed class ExportWeightsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("synthesis-export-").FullName;
    private static string Model => Path.Combine(CliRunner.RepositoryRoot(), "models", "reaction", "grouped-10");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("0", "model", "--reactions must be between 1 and 100000")]
    [InlineData("10", "nothing", "no reaction model")]
    [InlineData("10", "model", "does not exist")]
    public void BadInputExitsWithTwoAndOneLine(string reactions, string model, string message)
    {
        var (code, output, error) = CliRunner.Run("export-weights", "--out", Path.Combine(_folder, "out"), "--reactions", reactions,
            "--model", model == "model" ? Model : Path.Combine(_folder, model), "--db", Path.Combine(_folder, "missing.db"));
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }
}
