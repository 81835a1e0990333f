using System.CommandLine;
using Synthesis.Reports.Curation;
using Synthesis.Data.Curation;
using Synthesis.Data.Statistics;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Commands;

/// <summary>
/// `synthesis curate seed` and `synthesis curate recall`: seed known errors into a copy of the dataset, and — after
/// importing the copy and running `curate run` on it — measure how many the flags find.
/// </summary>
public static class CurateSeedCommand
{
    public static Command Seed()
    {
        var (db, seed) = (DatabaseOption.Create(), ModelOptions.Seed());
        var count = new Option<int>("--count") { Description = "How many reactions to corrupt.", DefaultValueFactory = _ => 200 };
        var output = new Option<string>("--out") { Description = "The corrupted dataset copy to write (.json; import it into another database).", Required = true };
        var key = new Option<string>("--key") { Description = "The answer key to write (TSV: reaction id, kind, original, corrupted).", Required = true };
        var command = new Command("seed", "Write a copy of the dataset with known errors seeded into some products, and its answer key.") { count, output, key, seed, db };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            if (result.GetValue(count) < 1) return CliOutput.Error("--count must be at least 1");
            var database = databases.For(DatabasePath.Resolve(result.GetValue(db)));
            var errors = SeededErrors.Choose(new LiteDbReactionRepository(database).Kept(), result.GetValue(count), result.GetValue(seed));
            var (counts, records) = new DatasetExporter(database).ExportSeeded(errors);
            AtomicFile.Write(result.GetValue(output)!, temporary =>
            {
                using var writer = new StreamWriter(temporary);
                ExportFile.Write(writer, records);
            });
            AtomicFile.Write(result.GetValue(key)!, temporary =>
            {
                using var writer = new StreamWriter(temporary);
                SeededRecall.WriteKey(writer, errors);
            });
            Console.WriteLine($"seeded {errors.Count} errors ({string.Join(", ", errors.GroupBy(e => e.Kind).Select(g => $"{g.Count()} {CurationNames.Of(g.Key)}"))}) "
                              + $"into {counts.Records:N0} records: {result.GetValue(output)}, key {result.GetValue(key)}");
            return 0;
        }));
        return command;
    }

    public static Command Recall()
    {
        var db = DatabaseOption.Create();
        var key = new Option<string>("--key") { Description = "The answer key `curate seed` wrote.", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Report recall at this score.", DefaultValueFactory = _ => FlagScore.DefaultThreshold };
        var plot = new Option<string?>("--plot") { Description = "Write the precision–recall curve here (PNG)." };
        var run = new Option<string?>("--run") { Description = "Flagging run id (default: the latest). Run it with a low --threshold to see the whole curve." };
        var command = new Command("recall", "How many seeded errors the latest run's flags find: recall at a threshold, precision–recall curve.") { key, threshold, plot, run, db };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var errors = SeededRecall.ReadKey(result.GetValue(key)!);
            var store = new CurationStore(databases.For(DatabasePath.Resolve(result.GetValue(db))));
            var page = store.List(FlagQuery.All with { RunId = result.GetValue(run) }, 0, int.MaxValue)
                       ?? throw new InvalidOperationException("no flagging run stored yet: run `synthesis curate run` first");
            var curve = SeededRecall.Curve(errors, page.Flags);
            var at = SeededRecall.At(curve, result.GetValue(threshold));
            Console.WriteLine($"run {page.Run.Id} ({page.Run.Mode}, stored at threshold {page.Run.Threshold:0.###}): at score ≥ {result.GetValue(threshold):0.###}, "
                              + $"{at.SeededFound} of {errors.Count} seeded errors flagged (recall {at.Recall:P1}) among {at.Flagged:N0} flags (precision ≥ {at.Precision:P1})");
            foreach (var kind in errors.GroupBy(e => e.Kind))
            {
                var found = kind.Count(e => page.Flags.Any(f => f.ReactionId == e.ReactionId && f.Score >= result.GetValue(threshold)));
                Console.WriteLine($"  {CurationNames.Of(kind.Key),-20} {found} of {kind.Count()}");
            }
            if (result.GetValue(plot) is { } path) PrecisionRecallPlot.Write(path, curve, result.GetValue(threshold), $"Seeded errors: {page.Run.Mode} run");
            return 0;
        }));
        return command;
    }
}
