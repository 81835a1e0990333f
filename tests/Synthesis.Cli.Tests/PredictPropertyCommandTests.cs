using System.Text.Json;

namespace Synthesis.Cli.Tests;

/// <summary>`synthesis predict-property` with the shipped Roost band-gap model and the shipped Wren phonon-peak model.</summary>
public sealed class PredictPropertyCommandTests
{
    private static string Model => Path.Combine(CliRunner.RepositoryRoot(), "models", "roost", "expt-non-metals-from-mp-non-metals");
    private static string Wren => Path.Combine(CliRunner.RepositoryRoot(), "models", "wren", "matbench_phonons");

    /// <summary>Matbench phonons structure 567, CuAlO2 (last phonon DOS peak 858 cm⁻¹).</summary>
    private static string Delafossite => Path.Combine(CliRunner.RepositoryRoot(), "tests", "Synthesis.Chemistry.Tests", "Fixtures", "structures", "567-symmetrised.cif");

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

    [Fact]
    public void A_cif_gets_its_label_and_a_phonon_peak()
    {
        var (code, output, error) = CliRunner.Run("predict-property", "--cif", Delafossite, "--model", Wren, "--json");

        Assert.True(code == 0, error);
        var answer = JsonDocument.Parse(output).RootElement;
        Assert.Equal(("ABC2_hR12_166_a_b_c:Al-Cu-O", "cm⁻¹"), (answer.GetProperty("label").GetString(), answer.GetProperty("unit").GetString()));
        Assert.InRange(answer.GetProperty("value").GetDouble(), 500, 1200); // measured 747 cm⁻¹; the data's mean is 581
        Assert.True(answer.GetProperty("aleatoric").GetDouble() > 0);
    }

    [Fact]
    public void A_label_and_the_same_structure_as_pymatgen_json_agree()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wren-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"lattice": {"matrix": [[0, 3.5, 3.5], [3.5, 0, 3.5], [3.5, 3.5, 0]]}, "sites": [{"species": [{"element": "Ba", "occu": 1}], "abc": [0, 0, 0]}, {"species": [{"element": "Te", "occu": 1}], "abc": [0.5, 0.5, 0.5]}]}""");
        try
        {
            var (labelCode, fromLabel, _) = CliRunner.Run("predict-property", "--label", "AB_cF8_225_a_b:Ba-Te", "--model", Wren);
            var (jsonCode, fromJson, _) = CliRunner.Run("predict-property", "--structure", file, "--model", Wren);

            Assert.Equal((0, 0), (labelCode, jsonCode));
            Assert.StartsWith("AB_cF8_225_a_b:Ba-Te  last phdos peak ", fromLabel);
            Assert.Equal(fromLabel, fromJson);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("give one of --formula TEXT, --label TEXT, --cif FILE or --structure FILE")]
    [InlineData("give one of --formula TEXT, --label TEXT, --cif FILE or --structure FILE", "--formula", "NaCl", "--label", "A_hP2_194_c:Zn")]
    [InlineData("label: Pearson symbol hR31 counts 31 atoms", "--label", "AB6C3_hR31_160_a_2b_b:Hf-N-Zn")]
    [InlineData("no such file", "--cif", "/nonexistent/x.cif")]
    [InlineData("describes a 'roost' model, not Wren", "--label", "A_hP2_194_c:Zn", "--model", "ROOST")]
    [InlineData("describes a 'wren' model, not Roost", "--formula", "NaCl", "--model", "WREN")]
    public void Bad_structure_input_exits_with_two_and_one_line(string message, params string[] options)
    {
        var (code, output, error) = CliRunner.Run(["predict-property", .. options.Select(o => o switch { "ROOST" => Model, "WREN" => Wren, _ => o })]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
        Assert.Single(error.Trim().Split('\n'));
    }
}
