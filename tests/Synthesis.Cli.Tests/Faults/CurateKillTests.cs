using Synthesis.Cli.Tests.Fixtures;
using Synthesis.Data.Curation;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Tests.Faults;

/// <summary>
/// `synthesis curate review` processes killed with SIGKILL at staggered moments (before, while and after they write):
/// after each kill the database opens and every flag is wholly at its old or its new state — its revision, its review
/// history and its audit entries agree, and the revisions run 1..n without a gap.
/// </summary>
public sealed class CurateKillTests : DatabaseFolder
{
    [Fact]
    public async Task A_kill_9_during_review_writes_leaves_each_flag_at_its_old_or_new_state()
    {
        var run = new RunRecord { Id = "run-kill", DatasetVersion = 1, ModelVersion = "m", Mode = RunRecord.InSample, FinishedUtc = DateTime.UtcNow };
        var flags = Enumerable.Range(0, 4).Select(i => new FlagRecord { Id = $"f{i}", RunId = run.Id, ReactionId = $"r{i}", DatasetVersion = 1, Score = 0.5 }).ToList();
        new CurationStore(Files.For(Database)).SaveRun(run, flags);
        Files.Close(Database);

        var outcomes = new List<string>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var flag = $"f{attempt % 4}";
            var revision = Revision(flag);
            var outcome = await CliChild.Run(["curate", "review", flag, "--status", attempt % 2 == 0 ? "confirmed-error" : "false-alarm",
                "--revision", revision.ToString(), "--reviewer", $"attempt-{attempt}", "--db", Database], killOnLine: null, killAfter: TimeSpan.FromMilliseconds(150 * attempt));
            outcomes.Add(outcome.Killed ? "killed" : $"exit {outcome.ExitCode}");
            AssertWholeStates();
        }
        Assert.Contains("killed", outcomes);
    }

    private int Revision(string flag)
    {
        var revision = new CurationStore(Files.For(Database)).Get(flag)!.Revision;
        Files.Close(Database);
        return revision;
    }

    private void AssertWholeStates()
    {
        var store = new CurationStore(Files.For(Database));
        foreach (var flag in Enumerable.Range(0, 4).Select(i => store.Get($"f{i}")!))
        {
            var history = store.History(flag.Id);
            Assert.Equal(Enumerable.Range(1, flag.Revision), history.Select(r => r.Revision));
            Assert.Equal(history.Count, store.Audit(flag.Id).Count);
            Assert.Equal(history.Count == 0 ? ReviewStatus.Unreviewed : history[^1].Status, flag.Status);
        }
        Files.Close(Database);
    }
}
