using Synthesis.Cli.Tests.Fixtures;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Tests.Faults;

/// <summary>
/// `synthesis import` SIGKILLed during the first import of a 3,102-record dataset, at the moments its progress lines
/// name: after 1,000 and 2,000 records (with over a thousand records still to go, so that the kill lands before the
/// import ends however the machine schedules the two processes), and at the last line, while the version is being
/// completed. After each kill
/// the database opens with no dataset version or a complete one whose content hash checks out — never a partial one;
/// the import then run to its end stores exactly what an uninterrupted import stores (the same content hash).
/// </summary>
public sealed class ImportKillTests : DatabaseFolder
{
    private const int Copies = 282; // of the 11-record sample: 3,102 records, four progress lines (1,000, 2,000, 3,000, all)
    private const int LastLine = 4;

    [Fact]
    public async Task A_kill_9_during_the_first_import_leaves_no_partial_version_and_the_import_again_stores_the_same()
    {
        var dataset = SampleDataset.Repeated(Path.Combine(Folder, "dataset.json"), Copies);

        foreach (var moment in new[] { 1, 2, LastLine })
        {
            var progressLines = 0;
            var outcome = await CliChild.Run(["import", dataset, "--db", Database],
                killOnLine: line => line.StartsWith("importing:", StringComparison.Ordinal) && Interlocked.Increment(ref progressLines) == moment);

            Assert.True(outcome.Killed || (moment == LastLine && outcome.ExitCode == 0), $"moment {moment}: exit {outcome.ExitCode}\n{outcome.Error}");
            AssertNoPartialVersion();
        }
        var finished = await CliChild.Run("import", dataset, "--db", Database);

        Assert.True(finished.ExitCode == 0, finished.Error);
        Assert.Equal(UninterruptedImportHash(dataset), Stored()?.ReactionsSha256);
    }

    /// <summary>What a reader sees: nothing, or a complete version whose reactions are all there and unchanged.</summary>
    private void AssertNoPartialVersion()
    {
        try
        {
            var database = Files.For(Database);
            if (new DatasetVersions(database).Current() is not { } version) return;
            Assert.Equal(Copies * 11, version.Total);
            DatasetContent.Verify(database, Database);
            Assert.Equal(version.Kept, new LiteDbReactionRepository(database).Kept().Count);
        }
        finally
        {
            Files.Close(Database);
        }
    }

    private VersionRecord? Stored()
    {
        var version = new DatasetVersions(Files.For(Database)).Current();
        Files.Close(Database);
        return version;
    }

    private string UninterruptedImportHash(string dataset)
    {
        var reference = Path.Combine(Folder, "reference.db");
        try
        {
            var database = Files.For(reference);
            new ReactionImporter(database).Import(dataset);
            return new DatasetVersions(database).Current()!.ReactionsSha256;
        }
        finally
        {
            Files.Close(reference);
        }
    }
}
