namespace Synthesis.Cli.Tests;

/// <summary>`synthesis train wren` and `evaluate wren` refuse bad settings and unreadable data with exit code 2 and one line.</summary>
public sealed class WrenCommandTests
{
    [Theory]
    [InlineData("train", "--members", "0", "--members, --epochs and --patience must be at least 1")]
    [InlineData("train", "--labellings", "-1", "--labellings at least 0")]
    [InlineData("evaluate", "--epochs", "0", "--members, --epochs and --patience must be at least 1")]
    public void Bad_sizes_exit_2_with_one_line(string verb, string option, string value, string message)
    {
        var (code, _, error) = CliRunner.Run(verb, "wren", "--data", "datasets/properties/wren-examples.csv", "--target", "E_f", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void A_missing_target_column_exits_2_and_names_it()
    {
        var data = Path.Combine(Path.GetTempPath(), $"synthesis-wren-{Guid.NewGuid():N}.csv");
        File.WriteAllText(data, "material_id,composition,E_f,protostructure\nx,Hf,0.0,A_hP2_194_c:Hf\n");
        try
        {
            var (code, _, error) = CliRunner.Run("train", "wren", "--data", data, "--target", "band_gap", "--model", Path.GetTempPath());
            Assert.Equal(2, code);
            Assert.Contains("no column 'band_gap'", error);
            Assert.Single(error.Trim().Split('\n'));
        }
        finally
        {
            File.Delete(data);
        }
    }
}
