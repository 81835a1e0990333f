using Synthesis.Data.Curation;
using Synthesis.Data.Storage;

namespace Synthesis.Data.Tests;

/// <summary>
/// The first requests a server answers after it opens its database arrive at once. LiteDB 5.0.21 builds the mapping of a
/// stored type on its first use and can hand a half-built one to a thread that uses the type at the same moment
/// ("Member FinishedUtc not found on BsonMapper", a source document read back empty): a file must be opened with every
/// stored type already mapped.
/// </summary>
public class ConcurrentFirstUseTests
{
    private const int Threads = 16;
    private const int Openings = 10;

    [Fact]
    public void Threads_that_first_use_the_stored_types_together_read_every_field()
    {
        using var db = new TempDatabase();
        var run = new RunRecord { Id = "run-1", DatasetVersion = 1, ModelVersion = "m", Mode = RunRecord.InSample, FinishedUtc = DateTime.UtcNow };
        new CurationStore(db.Database).SaveRun(run, [new FlagRecord { Id = "f0", RunId = run.Id, ReactionId = "r0", DatasetVersion = 1, Score = 0.5 }]);
        new SourceDocuments(db.Database).InsertBulk(1, [SourceDocuments.Pack("r0", """{"paragraph_string": "BaCO3 and TiO2 were mixed"}""")]);
        db.Close();

        var failures = new List<string>();
        for (var opening = 0; opening < Openings; opening++)
        {
            using var host = new DatabaseFiles(DatabaseOwner.Server); // a fresh mapper, as at a server's start
            var database = host.For(db.Path);
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    var found = i % 2 == 0
                        ? new CurationStore(database).List(FlagQuery.All, 0, 10)?.Flags.Single().Id
                        : new SourceDocuments(database).Paragraph(1, "r0");
                    if (found is not ("f0" or "BaCO3 and TiO2 were mixed")) lock (failures) failures.Add($"read {found ?? "nothing"}");
                }
                catch (Exception e)
                {
                    lock (failures) failures.Add($"{e.GetType().Name}: {e.Message}");
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Threads * Openings} first reads failed, e.g. {failures.FirstOrDefault()}");
    }
}
