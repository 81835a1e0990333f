using System.Text.Json;

namespace Synthesis.Cli.Tests;

/// <summary>`synthesis predict-property` with the shipped Roost band-gap model.</summary>
public sealed class PredictPropertyCommandTests
{
    private static string Model => Path.Combine(CliRunner.RepositoryRoot(), "models", "roost", "expt-non-metals-from-mp-non-metals");

    [Fact]
    public void Predicts_a_band_gap_with_both_uncertainties()
    {
        var (code, output, error) = CliRunner.Run("predict-property", "--formula", "NaCl", "--model", Model, "--json");
        Assert.True(code == 0, error);
        var answer = JsonDocument.Parse(output).RootElement;
        Assert.Equal("eV", answer.GetProperty("unit").GetString());
        Assert.InRange(answer.GetProperty("value").GetDouble(), 4.0, 11.0); // measured 8.5 eV: a wide-gap insulator, far from the data's mean (2.0 eV)
        Assert.True(answer.GetProperty("aleatoric").GetDouble() > 0);
        Assert.True(answer.GetProperty("epistemic").GetDouble() >= 0);
    }

    [Theory]
    [InlineData("Zz2O", "unknown element 'Zz'")]
    [InlineData("Fe2(O3", "")]
    public void Bad_formulas_exit_with_two_and_one_line(string formula, string message)
    {
        var (code, output, error) = CliRunner.Run("predict-property", "--formula", formula, "--model", Model);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
        Assert.Single(error.Trim().Split('\n'));
    }
}
