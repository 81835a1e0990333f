using LiteDB;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;
using Synthesis.Server.Options;

namespace Synthesis.Server.Startup;

/// <summary>Opens the process's one reaction database (the Data layer's per-file registry) and imports the dataset into it when it is empty.</summary>
public static class ReactionStore
{
    public static LiteDbReactionRepository Open(SynthesisOptions options, ILogger log)
    {
        var path = DatabasePath.Resolve(options.Database);
        LiteDbReactionRepository repository;
        try
        {
            repository = new LiteDbReactionRepository(ReactionDatabase.For(path));
            if (repository.CurrentVersion() is not null) return repository;
        }
        catch (LiteException e)
        {
            throw new InvalidDataException($"the database {path} is damaged or not a Synthesis database ({e.Message}); " +
                                           "move it aside and restart to import the dataset again, or restore it from a backup", e);
        }
        var database = ReactionDatabase.For(path);

        log.LogInformation("Database {Path} is empty: importing {Dataset}", path, options.Dataset);
        var result = new ReactionImporter(database).Import(options.Dataset, new SynchronousProgress(p =>
        {
            if (p.Records % 5000 == 0) log.LogInformation("Imported {Records} records ({Percent:0}%)", p.Records, 100 * p.Fraction);
        }));
        log.LogInformation("Imported dataset version {Version}: {Kept} of {Total} reactions kept, in {Elapsed}",
            result.Version.Number, result.Version.Kept, result.Version.Total, result.Elapsed);
        return repository;
    }

    /// <summary>Reports on the importing thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
