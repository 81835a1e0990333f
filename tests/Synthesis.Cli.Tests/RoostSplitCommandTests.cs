namespace Synthesis.Cli.Tests;

/// <summary>`--split compositions|rows` of `train roost`, and `evaluate roost` scoring each model only on its own split.</summary>
public sealed class RoostSplitCommandTests
{
    /// <summary>The shipped MP → EX model: trained on the compositions split (its model.json predates the option and reads so).</summary>
    private static string CompositionsModel => Path.Combine(CliRunner.RepositoryRoot(), "models", "roost", "expt-non-metals-from-mp-non-metals");

    [Fact]
    public void A_misspelt_split_names_the_choices_in_one_line()
    {
        var (code, output, error) = CliRunner.Run("train", "roost", "--data", "x.csv", "--target", "Eg", "--split", "row");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--split: split must be one of compositions, rows; got 'row'", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Evaluation_refuses_a_model_trained_on_another_split_than_its_row_before_any_work()
    {
        var results = Directory.CreateTempSubdirectory("synthesis-roost-eval-").FullName;
        try
        {
            var (code, output, error) = CliRunner.Run("evaluate", "roost", "--data", Path.Combine(CliRunner.RepositoryRoot(), "datasets", "properties", "expt-non-metals.csv"),
                "--ex", CompositionsModel, "--mp-ex", CompositionsModel, "--ex-rows", CompositionsModel, "--out", results);

            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains("--ex-rows: the model in '", error);
            Assert.Contains("was trained on the compositions split; row 'Roost on EX, random 20 % of rows' scores a model trained on the rows split", error);
            Assert.Single(error.Trim().Split('\n'));
            Assert.Empty(Directory.GetFileSystemEntries(results)); // refused before the forests and any plot
        }
        finally
        {
            Directory.Delete(results, recursive: true);
        }
    }

    [Fact]
    public void A_row_whose_model_is_absent_keeps_the_earlier_runs_figures_marked_as_such()
    {
        var results = Directory.CreateTempSubdirectory("synthesis-roost-eval-").FullName;
        var table = Path.Combine(results, "sixty.csv");
        File.WriteAllLines(table, File.ReadLines(Path.Combine(CliRunner.RepositoryRoot(), "datasets", "properties", "expt-non-metals.csv")).Take(61));
        File.WriteAllText(Path.Combine(results, "metrics.json"), """
            {"dataset": "sixty.csv", "target": "Eg", "unit": "eV", "split": "earlier", "test_rows": 12, "rows": [
              {"name": "Roost on EX", "trained": "2 member(s)", "metrics": {"count": 12, "mae": 0.4261, "rmse": 0.6029}, "published_mae": 0.243, "published_rmse": 0.422}]}
            """);
        var missing = Path.Combine(results, "no-model");
        try
        {
            var (code, output, error) = CliRunner.Run("evaluate", "roost", "--data", table, "--ex", missing, "--mp-ex", missing, "--ex-rows", missing, "--out", results);

            Assert.True(code == 0, error);
            Assert.Contains("| Roost on EX | measured by an earlier run (model folder absent): 2 member(s) | 0.426 | 0.603 | 0.243 | 0.422 |", output);
            Assert.DoesNotContain("Roost MP → EX", output); // no model and no earlier figures: left out
            Assert.Contains("row 'Roost MP → EX' left out", error);
            var (again, _, _) = CliRunner.Run("evaluate", "roost", "--data", table, "--ex", missing, "--mp-ex", missing, "--ex-rows", missing, "--out", results);
            Assert.Equal(0, again);
            Assert.Contains("\"measured by an earlier run (model folder absent): 2 member(s)\"", File.ReadAllText(Path.Combine(results, "metrics.json"))); // marked once
        }
        finally
        {
            Directory.Delete(results, recursive: true);
        }
    }
}
