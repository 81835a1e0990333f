using System.Text.RegularExpressions;
using Synthesis.Cli.Tests.Fixtures;
using Synthesis.Data.Curation;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Tests.Faults;

/// <summary>
/// An import and a review write that run out of disk (a real ENOSPC, <see cref="SmallDisk"/>): the command exits with
/// code 1 and one line that keeps the original error (naming the file), says the disk is full and what to do — no
/// stack trace, no "disposed object" — and the database still holds everything it held before.
/// </summary>
public sealed class FullDiskTests : DatabaseFolder
{
    [Fact]
    public async Task An_import_that_fills_the_disk_says_so_and_keeps_the_previous_version()
    {
        var before = Import(SampleDataset.Path);
        var dataset = SampleDataset.Repeated(Path.Combine(Path.GetTempPath(), $"synthesis-full-disk-{Guid.NewGuid():N}.json"), copies: 100);
        try
        {
            var outcome = await SmallDisk.Run(Folder, free: 512 * 1024, "import", dataset, "--db", Database);

            AssertOneLineSayingTheDiskIsFull(outcome, "the database keeps its previous dataset version", "run the import again (a server imports on its next start)");
        }
        finally
        {
            File.Delete(dataset);
        }
        var database = Files.For(Database);
        var after = new DatasetVersions(database).Current()!;
        Assert.Equal((before.Number, before.ReactionsSha256), (after.Number, after.ReactionsSha256));
        DatasetContent.Verify(database, Database);
    }

    [Fact]
    public async Task A_review_that_finds_the_disk_full_says_so_and_changes_nothing()
    {
        Import(SampleDataset.Path);
        var store = new CurationStore(Files.For(Database));
        var run = new RunRecord { Id = "run-full", DatasetVersion = 1, ModelVersion = "m", Mode = RunRecord.InSample, FinishedUtc = DateTime.UtcNow };
        store.SaveRun(run, [new FlagRecord { Id = "f0", RunId = run.Id, ReactionId = "r0", DatasetVersion = 1, Score = 0.5 }]);
        Files.Close(Database);

        // One page left: the owner lock's line fits, LiteDB's first 8 KiB log page does not.
        var outcome = await SmallDisk.Run(Folder, free: 4096, "curate", "review", "f0", "--status", "confirmed-error", "--revision", "0", "--db", Database);

        AssertOneLineSayingTheDiskIsFull(outcome, "nothing of this change was saved", "try again");
        store = new CurationStore(Files.For(Database));
        Assert.Equal((0, ReviewStatus.Unreviewed), (store.Get("f0")!.Revision, store.Get("f0")!.Status));
        Assert.Empty(store.History("f0"));
    }

    private void AssertOneLineSayingTheDiskIsFull(ChildOutcome outcome, string consequence, string remedy)
    {
        Assert.True(outcome.ExitCode == 1, $"exit {outcome.ExitCode}: {outcome.Error}");
        var message = Assert.Single(outcome.ErrorLines, line => !line.StartsWith("importing:", StringComparison.Ordinal));
        Assert.StartsWith("synthesis: No space left on device : '", message);
        Assert.Matches($"'{Regex.Escape(Path.Combine(Folder, "reactions"))}(-log)?\\.db'", message); // the database file or its log
        Assert.Contains("the disk is full", message);
        Assert.Contains(consequence, message);
        Assert.EndsWith($"Free space on that disk and {remedy}.", message);
        Assert.DoesNotContain("disposed", message, StringComparison.OrdinalIgnoreCase);
    }

    private VersionRecord Import(string dataset)
    {
        try
        {
            var database = Files.For(Database);
            new ReactionImporter(database).Import(dataset);
            return new DatasetVersions(database).Current()!;
        }
        finally
        {
            Files.Close(Database);
        }
    }
}
