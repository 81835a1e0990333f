using Synthesis.Data.Import;
using Synthesis.Data.Storage;
using Synthesis.Server.Options;

namespace Synthesis.Server.Startup;

/// <summary>Opens the server's reaction database (through the server's <see cref="DatabaseFiles"/>) and imports the dataset into it when it is empty.</summary>
public static class ReactionStore
{
    public static LiteDbReactionRepository Open(SynthesisOptions options, DatabaseFiles databases, ILogger log)
    {
        var path = DatabasePath.Resolve(options.Database);
        var database = Readable(path, () => databases.For(path));
        var repository = new LiteDbReactionRepository(database);
        if (Readable(path, repository.CurrentVersion) is not null)
        {
            log.LogInformation("Checking the stored reactions against the content hash recorded by their import");
            Readable(path, () => DatasetContent.Verify(database, path));
            return repository;
        }

        log.LogInformation("Database {Path} is empty: importing {Dataset}", path, options.Dataset);
        var result = new ReactionImporter(database).Import(options.Dataset, new SynchronousProgress(p =>
        {
            if (p.Records % 5000 == 0) log.LogInformation("Imported {Records} records ({Percent:0}%)", p.Records, 100 * p.Fraction);
        }));
        log.LogInformation("Imported dataset version {Version}: {Kept} of {Total} reactions kept, in {Elapsed}",
            result.Version.Number, result.Version.Kept, result.Version.Total, result.Elapsed);
        return repository;
    }

    /// <summary>Reads, naming the file and the remedy when LiteDB fails on a damaged one (<see cref="ReactionDatabase.IsDamage"/>).</summary>
    private static T Readable<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (ReactionDatabase.IsDamage(e))
        {
            throw ReactionDatabase.Damaged(path, e);
        }
    }

    private static void Readable(string path, Action read) => Readable(path, () => { read(); return 0; });

    /// <summary>Reports on the importing thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
