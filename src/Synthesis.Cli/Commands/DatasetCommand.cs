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
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var repository = new LiteDbReactionRepository(databases.For(DatabaseOption.Existing(result.GetValue(db))));
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
        var like = new Option<string?>("--like")
        {
            Description = "Another database of the same dataset (e.g. before curation): carry its split over — each reaction to the side its id, " +
                "or else its paper, had there; new papers to training — and store it as this database's split, for `train` and `evaluate`.",
        };
        var json = CliOutput.JsonOption();
        var command = new Command("split", "Compute (first time) or show the persisted train/validation/test split of the current dataset version.")
        { db, kind, maxPrecursors, seed, like, json };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var path = DatabaseOption.Existing(result.GetValue(db));
            var repository = new LiteDbReactionRepository(databases.For(path));
            var (splitKind, max, seedValue) = (ModelOptions.SplitOf(result, kind), result.GetValue(maxPrecursors), result.GetValue(seed));
            if (result.GetValue(like) is { } otherPath) return CarryOver(databases, repository, path, DatabaseOption.Existing(otherPath), splitKind, max, seedValue);
            var split = repository.Split(splitKind, max, seedValue);
            if (result.GetValue(json))
            {
                CliOutput.WriteJson(split);
                return 0;
            }
            PrintSides(split);
            return 0;
        }));
        return command;
    }

    private static int CarryOver(DatabaseFiles databases, LiteDbReactionRepository repository, string path, string otherPath, SplitKind kind, int maxPrecursors, int seed)
    {
        if (Path.GetFullPath(otherPath) == Path.GetFullPath(path)) return CliOutput.Error("--like must name another database than --db");
        var other = new LiteDbReactionRepository(databases.For(otherPath));
        var (split, placement) = SplitTransfer.Carry(other.Split(kind, maxPrecursors, seed), other.Kept(), repository.Kept());
        repository.Store(split);
        Console.WriteLine($"carried the split of {otherPath} over: {placement.ById:N0} reactions by id, {placement.ByPaper:N0} by paper, " +
            $"{placement.OfNewPapers:N0} of new papers into training");
        PrintSides(split);
        return 0;
    }

    private static void PrintSides(SplitAssignment split)
    {
        var total = split.Train.Count + split.Validation.Count + split.Test.Count;
        Console.WriteLine($"{SplitKinds.Name(split.Kind)} split, ≤{split.MaxPrecursors} precursors, seed {split.Seed}: {total:N0} reactions");
        Console.WriteLine($"  train      {split.Train.Count,7:N0}  ({(double)split.Train.Count / total:P1})");
        Console.WriteLine($"  validation {split.Validation.Count,7:N0}  ({(double)split.Validation.Count / total:P1})");
        Console.WriteLine($"  test       {split.Test.Count,7:N0}  ({(double)split.Test.Count / total:P1})");
    }
}
