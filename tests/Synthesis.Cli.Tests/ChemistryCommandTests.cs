using System.Text.Json;

namespace Synthesis.Cli.Tests;

public class ChemistryCommandTests
{
    [Fact]
    public void FormulaPrintsTheReducedFormulaAndFractions()
    {
        var (code, output, _) = CliRunner.Run("formula", "Na2Ni2O4");
        Assert.Equal(0, code);
        Assert.Contains("formula  NaNiO2", output);
        Assert.Matches(@"O\s+4\s+0\.5", output);
    }

    [Fact]
    public void FormulaJsonIsMachineReadable()
    {
        var (code, output, _) = CliRunner.Run("formula", "Fe2(SO4)3·5H2O", "--json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(17, json.GetProperty("amounts").GetProperty("O").GetDouble(), 9);
        Assert.Equal(2 / 32.0, json.GetProperty("fractions").GetProperty("Fe").GetDouble(), 9);
    }

    [Fact]
    public void FormulaFeaturesListsAll145MagpieValues()
    {
        var (code, output, _) = CliRunner.Run("formula", "NaCl", "--features", "--json");
        Assert.Equal(0, code);
        Assert.Equal(145, JsonDocument.Parse(output).RootElement.GetProperty("magpie_features").EnumerateObject().Count());
    }

    [Theory]
    [InlineData("Fe2(SO4", "missing ')' at position 7")]
    [InlineData("Xy2O3", "unknown element 'Xy'")]
    [InlineData("", "empty formula")]
    public void BadFormulasExitWithTwoAndOneLine(string formula, string message)
    {
        var (code, output, error) = CliRunner.Run("formula", formula);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void DistanceGivesL1L2AndElementMovers()
    {
        var (code, output, _) = CliRunner.Run("distance", "CaTiO3", "SrTiO3", "--json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.4, json.GetProperty("l1").GetDouble(), 9);
        Assert.Equal(0.2, json.GetProperty("element_movers_distance").GetDouble(), 9);
    }

    [Fact]
    public void MissingArgumentsAreUsageErrors()
    {
        var (code, _, error) = CliRunner.Run("distance", "NaCl");
        Assert.NotEqual(0, code);
        Assert.Contains("Required argument missing", error);
    }
}
