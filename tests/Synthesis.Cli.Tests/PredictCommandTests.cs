using System.Text.Json;

namespace Synthesis.Cli.Tests;

/// <summary>`synthesis predict` with the shipped default model and an empty database (no neighbours to show).</summary>
public sealed class PredictCommandTests : IDisposable
{
    private readonly string _database = Path.Combine(Directory.CreateTempSubdirectory("synthesis-cli-").FullName, "empty.db");
    private static string Model => Path.Combine(CliRunner.RepositoryRoot(), "models", "reaction", "grouped-10");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);

    [Fact]
    public void PredictsAnOxideFromItsPrecursorsWithTheShippedModel()
    {
        var (code, output, error) = CliRunner.Run("predict", "--precursors", "Na2O2, NiO", "--actions", "mixing, heating",
            "--model", Model, "--db", _database, "--json");
        Assert.True(code == 0, error);
        var prediction = JsonDocument.Parse(output).RootElement.GetProperty("prediction");
        var elements = prediction.GetProperty("elements").EnumerateArray()
            .Where(e => e.GetProperty("fraction").GetDouble() > 0)
            .ToDictionary(e => e.GetProperty("element").GetString()!, e => e.GetProperty("fraction").GetDouble());
        Assert.Equal(["Na", "Ni", "O"], elements.Keys.Order());
        Assert.Equal(1.0, elements.Values.Sum(), 3);
        Assert.InRange(elements["O"], 0.3, 0.7);
        Assert.Contains("no similar reactions", error);
    }

    [Theory]
    [InlineData("NiO", "mixing", "1 precursor(s); the model takes 2 to 10")]
    [InlineData("NiO, Zz2O", "heating", "unknown element 'Zz'")]
    [InlineData("Na2O2, NiO", "mixing, levitating", "unknown action 'levitating'")]
    [InlineData("Li2O, Na2O, K2O, Rb2O, Cs2O, MgO, CaO, SrO, BaO, NiO, CoO", "heating", "11 precursor(s)")]
    public void BadQueriesExitWithTwoAndSayWhy(string precursors, string actions, string message)
    {
        var (code, output, error) = CliRunner.Run("predict", "--precursors", precursors, "--actions", actions, "--model", Model, "--db", _database);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void AMissingModelFolderIsAClearError()
    {
        var (code, _, error) = CliRunner.Run("predict", "--precursors", "Na2O2, NiO", "--model", "/nonexistent/model", "--db", _database);
        Assert.Equal(2, code);
        Assert.Contains("synthesis train reaction", error);
    }
}
