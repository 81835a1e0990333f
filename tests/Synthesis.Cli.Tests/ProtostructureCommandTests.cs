namespace Synthesis.Cli.Tests;

public class ProtostructureCommandTests
{
    private static string Fixture(string name) =>
        Path.Combine(CliRunner.RepositoryRoot(), "tests", "Synthesis.Chemistry.Tests", "Fixtures", "structures", name);

    [Fact]
    public void PrintsTheLabelOfACif()
    {
        var (code, output, _) = CliRunner.Run("protostructure", "--cif", Fixture("567-symmetrised.cif"));
        Assert.Equal(0, code);
        Assert.Equal("ABC2_hR12_166_a_b_c:Al-Cu-O", output.Trim());
    }

    [Fact]
    public void PrintsTheLabelOfPymatgenJsonWithNodesAndEquivalents()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wren-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"lattice": {"a": 4.12, "b": 4.12, "c": 4.12, "alpha": 90, "beta": 90, "gamma": 90}, "sites": [{"species": [{"element": "Cs", "occu": 1}], "abc": [0, 0, 0]}, {"species": [{"element": "Cl", "occu": 1}], "abc": [0.5, 0.5, 0.5]}]}""");
        try
        {
            var (code, output, _) = CliRunner.Run("protostructure", "--json", file, "--nodes", "--equivalents");
            Assert.Equal(0, code);
            Assert.Equal(["AB_cP2_221_a_b:Cl-Cs", "Cl  a  0.5", "Cs  b  0.5", "= AB_cP2_221_b_a:Cl-Cs"], output.Trim().Split('\n').Select(l => l.Trim()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("give one of --cif FILE, --json FILE or --label TEXT")]
    [InlineData("label: Pearson symbol hR31 counts 31 atoms but the Wyckoff sets fill 30", "--label", "AB6C3_hR31_160_a_2b_b:Hf-N-Zn")]
    [InlineData("give one of --cif FILE, --json FILE or --label TEXT", "--label", "A_hP2_194_c:Zn", "--cif", "x.cif")]
    [InlineData("no such file", "--cif", "/nonexistent/x.cif")]
    public void BadInputExitsWithTwoAndOneLine(string message, params string[] options)
    {
        var (code, output, error) = CliRunner.Run(["protostructure", .. options]);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void ABadCifNamesTheProblem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wren-{Guid.NewGuid():N}.cif");
        File.WriteAllText(file, "data_x\n_cell_length_a 3\n");
        try
        {
            var (code, _, error) = CliRunner.Run("protostructure", "--cif", file);
            Assert.Equal(2, code);
            Assert.Equal("synthesis: cif: no _cell_length_b", error.Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
