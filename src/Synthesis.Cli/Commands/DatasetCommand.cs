using System.CommandLine;
using Synthesis.Data.Splits;
using Synthesis.Data.Statistics;
using Synthesis.Reports.Dataset;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis dataset stats|split`: what the imported dataset holds, and its train/validation/test splits.</summary>
public static class DatasetCommand
{
    public static Command Create() =>
        new("dataset", "Inspect the imported reaction dataset: statistics and persisted splits.") { Stats(), Split() };

    private static Command Stats()
    {
        var db = DatabaseOption.Create();
        var output = new Option<string>("--out") { Description = "Folder for stats.json and dataset-histograms.png. Default: the current directory.", DefaultValueFactory = _ => "." };
        var json = CliOutput.JsonOption();
        var command = new Command("stats", "Counts kept and dropped (by reason), precursor-count and action-length histograms, element frequencies; saved as JSON and PNG.")
        { db, output, json };
        command.SetAction(result => DatabaseOption.Run(() =>
        {
            var repository = new LiteDbReactionRepository(DatabaseOption.Existing(result.GetValue(db)));
            var statistics = DatasetStatistics.Compute(repository);
            var folder = result.GetValue(output)!;
            StatisticsReport.Save(statistics, folder);
            StatisticsPlot.SavePng(statistics, Path.Combine(folder, StatisticsReport.PngFile));
            if (result.GetValue(json)) Console.WriteLine(StatisticsReport.ToJson(statistics));
            else Print(statistics, folder);
            return 0;
        }));
        return command;
    }

    private static void Print(DatasetStatistics s, string folder)
    {
        Console.WriteLine($"dataset version {s.Version} ({s.SourceFile}): {s.Total:N0} reactions");
        Console.WriteLine($"kept (2–10 precursors) {s.Kept,7:N0}");
        Console.WriteLine($"kept (2–3 precursors)  {s.KeptUpTo3Precursors,7:N0}");
        Console.WriteLine($"kept with warnings     {s.KeptWithWarnings,7:N0}");
        Console.WriteLine("dropped:");
        foreach (var (reason, count) in s.DroppedByReason.OrderByDescending(d => d.Value)) Console.WriteLine($"  {reason,-24} {count,7:N0}");
        Console.WriteLine("precursors per kept reaction: " + string.Join("  ", s.PrecursorCounts.Select(c => $"{c.Key}: {c.Value:N0}")));
        Console.WriteLine("actions per kept reaction:    " + string.Join("  ", s.ActionLengths.Select(c => $"{c.Key}: {c.Value:N0}")));
        Console.WriteLine("commonest elements:           " + string.Join("  ", s.ElementFrequencies.Take(15).Select(c => $"{c.Key} {c.Value:N0}")));
        Console.WriteLine($"saved {Path.Combine(folder, StatisticsReport.JsonFile)} and {Path.Combine(folder, StatisticsReport.PngFile)}");
    }

    private static Command Split()
    {
        var db = DatabaseOption.Create();
        var kind = ModelOptions.Split("--kind");
        var maxPrecursors = new Option<int>("--max-precursors") { Description = "Only reactions with at most this many precursors (10: all kept; 3: the thesis' ablation subset).", DefaultValueFactory = _ => 10 };
        var seed = ModelOptions.Seed("Random seed; the same seed gives the same split, and `train` uses the same one.");
        var json = CliOutput.JsonOption();
        var command = new Command("split", "Compute (first time) or show the persisted train/validation/test split of the current dataset version.")
        { db, kind, maxPrecursors, seed, json };
        command.SetAction(result => DatabaseOption.Run(() =>
        {
            var repository = new LiteDbReactionRepository(DatabaseOption.Existing(result.GetValue(db)));
            var split = repository.Split(ModelOptions.SplitOf(result, kind), result.GetValue(maxPrecursors), result.GetValue(seed));
            if (result.GetValue(json))
            {
                CliOutput.WriteJson(split);
                return 0;
            }
            var total = split.Train.Count + split.Validation.Count + split.Test.Count;
            Console.WriteLine($"{SplitKinds.Name(split.Kind)} split, ≤{split.MaxPrecursors} precursors, seed {split.Seed}: {total:N0} reactions");
            Console.WriteLine($"  train      {split.Train.Count,7:N0}  ({(double)split.Train.Count / total:P1})");
            Console.WriteLine($"  validation {split.Validation.Count,7:N0}  ({(double)split.Validation.Count / total:P1})");
            Console.WriteLine($"  test       {split.Test.Count,7:N0}  ({(double)split.Test.Count / total:P1})");
            return 0;
        }));
        return command;
    }
}
