namespace Synthesis.Cli.Tests;

/// <summary>What a newcomer meets first: usage mistakes, a database that is not there, the split's one spelling.</summary>
public sealed class NewcomerTests : IDisposable
{
    private readonly string _missingFolder = Path.Combine(Path.GetTempPath(), $"synthesis-missing-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_missingFolder)) Directory.Delete(_missingFolder, recursive: true);
    }

    [Theory]
    [InlineData(new string[0], "synthesis --help")]
    [InlineData(new[] { "predict" }, "synthesis predict --help")]
    [InlineData(new[] { "predict", "--precursors", "BaCO3, TiO2", "--colour", "blue" }, "synthesis predict --help")]
    [InlineData(new[] { "dataset", "frobnicate" }, "synthesis dataset --help")]
    public void Usage_errors_are_one_line_with_a_hint_and_exit_code_2(string[] args, string hint)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("synthesis: ", line);
        Assert.EndsWith($"(see: {hint})", line.TrimEnd());
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("dataset", "frobnicate")]
    [InlineData("curate", "lst")]
    public void A_misspelt_command_is_named(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Contains($"'{args[^1]}'", error);
    }

    [Fact]
    public void Help_still_prints_the_help_and_succeeds()
    {
        var (code, output, _) = CliRunner.Run("predict", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--precursors", output);
    }

    [Theory]
    [InlineData("dataset", "stats")]
    [InlineData("dataset", "split")]
    [InlineData("evaluate", "reaction")]
    public void A_read_command_on_a_missing_database_says_so_and_creates_nothing(string command, string subcommand)
    {
        var database = Path.Combine(_missingFolder, "x.db");

        var (code, _, error) = CliRunner.Run(command, subcommand, "--db", database);

        Assert.Equal(2, code);
        Assert.Contains($"the reaction database {database} does not exist", error);
        Assert.False(Directory.Exists(_missingFolder), "the command created the database's folder");
    }

    [Theory]
    [InlineData("--split", "Random")]
    [InlineData("--kind", "grouped")]
    [InlineData("--split", "GROUPED")]
    public void Dataset_split_takes_the_one_spelling_in_any_case(string option, string kind)
    {
        // Parsed, the command goes on to the (missing) database: the error is about that, not about the split.
        var (code, _, error) = CliRunner.Run("dataset", "split", option, kind, "--db", Path.Combine(_missingFolder, "x.db"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error);
    }

    [Theory]
    [InlineData("dataset", "split", "--split")]
    [InlineData("train", "reaction", "--split")]
    public void A_misspelt_split_kind_names_the_choices(string command, string subcommand, string option)
    {
        var (code, _, error) = CliRunner.Run(command, subcommand, option, "grupped");

        Assert.Equal(2, code);
        Assert.Contains("split kind must be one of ", error);
        Assert.Contains("grouped", error);
        Assert.Contains("got 'grupped'", error);
    }

    [Fact]
    public void Predict_on_a_missing_database_predicts_without_neighbours_and_creates_nothing()
    {
        var model = Path.Combine(CliRunner.RepositoryRoot(), "models", "reaction", "grouped-10");

        var (code, output, error) = CliRunner.Run("predict", "--precursors", "BaCO3, TiO2", "--model", model,
            "--db", Path.Combine(_missingFolder, "x.db"));

        Assert.True(code == 0, error);
        Assert.Contains("predicted product", output);
        Assert.Contains("does not exist, so no similar reactions can be shown", error);
        Assert.False(Directory.Exists(_missingFolder), "predict created the database's folder");
    }
}
