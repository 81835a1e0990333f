using System.Text.Json;
using System.Text.Json.Nodes;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Tests;

/// <summary>
/// `synthesis curate` on the database file directly: a run with the shipped model over the server's sample dataset in
/// which one record's product gained an element (LiFePO4 → LiFeSrPO4), review, conflict, export, report, re-run.
/// </summary>
public sealed class CurateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("synthesis-curate-").FullName;
    private readonly DatabaseFiles _files = new(DatabaseOwner.Cli);
    private string Database => Path.Combine(_folder, "reactions.db");
    private static string Model => Path.Combine(CliRunner.RepositoryRoot(), "models", "reaction", "grouped-10");

    public void Dispose()
    {
        _files.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string CorruptedSample()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "tests", "Synthesis.Server.Tests", "Fixtures", "solid-state-sample.json")))!;
        var target = sample["reactions"]![3]!["target"]!;
        target["composition"]![0]!["elements"]!["Sr"] = "0.5";
        var path = Path.Combine(_folder, "sample.json");
        File.WriteAllText(path, sample.ToJsonString());
        return path;
    }

    private (int ExitCode, string Out, string Error) Curate(params string[] args) => CliRunner.Run(["curate", .. args, "--db", Database]);

    private JsonElement List(params string[] args)
    {
        var (code, output, error) = Curate(["list", "--json", .. args]);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Run_review_export_report_and_rerun_on_the_database_file()
    {
        Assert.Equal(0, CliRunner.Run("import", CorruptedSample(), "--db", Database).ExitCode);
        var run = Curate("run", "--model", Model, "--work", Path.Combine(_folder, "work"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("in-sample", run.Out);

        var flag = List().GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("recorded_product").GetString()!.Contains("Sr0.5", StringComparison.Ordinal));
        // The paper's formula (CaTiO3) does not name the Sr the corruption added: the recorded product is shown in conventional order.
        Assert.Equal("Sr0.5CaTiO3", flag.GetProperty("recorded_product").GetString());
        var id = flag.GetProperty("id").GetString()!;
        Assert.Contains("element-not-in-precursors", flag.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        var show = Curate("show", id);
        Assert.Contains("rule element-not-in-precursors: target element Sr in no precursor", show.Out);
        Assert.Contains("paragraph: ", show.Out);

        var review = Curate("review", id, "--status", "corrected", "--target", "CaTiO3", "--revision", "0", "--reviewer", "ada", "--note", "paper: CaTiO3");
        Assert.Equal((0, $"flag {id} is now corrected (revision 1)"), (review.ExitCode, review.Out.Trim()));
        var late = Curate("review", id, "--status", "false-alarm", "--revision", "0", "--reviewer", "bob");
        Assert.Equal((3, $"synthesis: conflict: flag {id} is at revision 1, the review was based on revision 0: read the flag again and resend the review"),
            (late.ExitCode, late.Error.Trim()));

        var export = Path.Combine(_folder, "export.json");
        Assert.Equal(0, Curate("export", "--out", export).ExitCode);
        var reimported = Path.Combine(_folder, "reimported.db");
        new ReactionImporter(_files.For(reimported)).Import(export);
        var targets = new LiteDbReactionRepository(_files.For(reimported)).Kept().Select(r => r.TargetFormula).ToList();
        Assert.Contains("CaTiO3", targets);
        Assert.DoesNotContain(targets, t => t.StartsWith("Ca", StringComparison.Ordinal) && t.Contains("Sr"));

        var html = Path.Combine(_folder, "report.html");
        Assert.Equal(0, Curate("report", "--out", html, "--top", "5").ExitCode);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains($"id=\"{id}\"", page);
        Assert.Contains("href=\"https://doi.org/", page);
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("src=\"http", page);

        var again = Curate("run", "--model", Model, "--work", Path.Combine(_folder, "work"));
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("finished earlier", again.Error);
        var reviewed = List("--status", "corrected").GetProperty("flags").EnumerateArray().Single();
        Assert.Equal((id, 1), (reviewed.GetProperty("id").GetString(), reviewed.GetProperty("revision").GetInt32()));

        ApplyJudgements(id, flag.GetProperty("reaction_id").GetString()!);
    }

    /// <summary>`curate apply`: a judged list becomes reviews; applied twice it changes nothing; a bad row writes nothing.</summary>
    private void ApplyJudgements(string flagId, string reactionId)
    {
        var judged = Path.Combine(_folder, "judged.tsv");
        File.WriteAllLines(judged, ["rank\treaction_id\tjudgement\twhy", $"1\t{reactionId}\terror\tSr is in no precursor", "2\tr000000000000\tcorrect\tfaithful"]);
        var bad = Path.Combine(_folder, "bad.tsv");
        File.WriteAllLines(bad, ["reaction_id\tjudgement\twhy", $"{reactionId}\tcorrect\tfine", "r1\tmaybe\t?"]);

        Assert.Equal((2, $"synthesis: {bad}: line 3: judgement must be error, correct or unclear, got 'maybe'"), (Curate("apply", bad).ExitCode, Curate("apply", bad).Error.Trim()));
        Assert.Equal("corrected", List("--status", "corrected").GetProperty("flags").EnumerateArray().Single().GetProperty("status").GetString());
        var apply = Curate("apply", judged, "--reviewer", "ada");
        Assert.Equal((0, "2 judgements: 1 confirmed-error, 1 not flagged in the latest run"), (apply.ExitCode, apply.Out.Trim()));
        Assert.Equal("2 judgements: 1 already in that state, 1 not flagged in the latest run", Curate("apply", judged).Out.Trim());
        var confirmed = List("--status", "confirmed-error").GetProperty("flags").EnumerateArray().Single();
        Assert.Equal((flagId, 2), (confirmed.GetProperty("id").GetString(), confirmed.GetProperty("revision").GetInt32()));
    }

    [Theory]
    [InlineData("synthesis: --status: unknown value 'maybe'; use one of: unreviewed, confirmed-error, false-alarm, corrected", "review", "f1", "--status", "maybe", "--revision", "0")]
    [InlineData("synthesis: corrected_target: a 'corrected' review needs the corrected target formula", "review", "f1", "--status", "corrected", "--revision", "0")]
    [InlineData("synthesis: corrected_target: unknown element 'Qq' at position 0 in 'QqO'", "review", "f1", "--status", "corrected", "--target", "QqO", "--revision", "0")]
    [InlineData("synthesis: --min-score must be between 0 and 1, got 2", "list", "--min-score", "2")]
    [InlineData("synthesis: --folds must be at least 2, got 1", "run", "--folds", "1")]
    [InlineData("synthesis: --threshold must be between 0 and 1, got 1.5", "run", "--threshold", "1.5")]
    [InlineData("synthesis: no flagging run stored yet: run `synthesis curate run` first", "list")]
    [InlineData("synthesis: no flag with id 'f-unknown'", "show", "f-unknown")]
    [InlineData("synthesis: --sort: unknown value 'best'; use one of: score-descending, score-ascending, reaction-id, last-reviewed", "list", "--sort", "best")]
    public void Bad_input_exits_2_with_one_line(string message, params string[] args)
    {
        var (code, _, error) = Curate(args);

        Assert.Equal(2, code);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public void Db_and_server_exclude_each_other()
    {
        var (code, _, error) = CliRunner.Run("curate", "list", "--server", "127.0.0.1:1", "--db", Database);

        Assert.Equal((2, "synthesis: --db and --server exclude each other: the server owns its database"), (code, error.Trim()));
    }
}
