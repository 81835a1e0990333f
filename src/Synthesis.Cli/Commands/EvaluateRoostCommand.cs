using System.CommandLine;
using Synthesis.Baselines;
using Synthesis.Data.Properties;
using Synthesis.Models;
using Synthesis.Models.Properties.Evaluation;
using Synthesis.Models.Properties.Roost;
using Synthesis.Reports.Properties;

namespace Synthesis.Cli.Commands;

/// <summary>
/// `synthesis evaluate roost`: thesis Table 4.2 on the same held-out 20 % of the experimental band gaps — random forest
/// on Magpie features, Roost trained on the experimental set, Roost pre-trained on Materials Project and fine-tuned —
/// beside the published figures, with parity and error-vs-uncertainty plots. The forest and Roost on EX are also scored
/// on a random 20 % of rows (the thesis' probable protocol); each Roost model is scored on the split its model.json
/// records, and one trained on another split than its row's is refused before any work.
/// </summary>
public static class EvaluateRoostCommand
{
    /// <summary>Goodall thesis Table 4.2 (MAE, RMSE in eV).</summary>
    private static readonly (string Name, double Mae, double Rmse) PublishedForest = ("RF + Magpie", 0.277, 0.460),
        PublishedExperimental = ("Roost on EX", 0.243, 0.422), PublishedTransfer = ("Roost MP → EX", 0.219, 0.364);

    private const string OnRows = "random 20 % of rows";

    /// <summary>A Roost row of the table: the option naming its model folder, the plots' file stem and the split its model must have been trained on.</summary>
    private sealed record RoostRow(string Name, double Mae, double Rmse, Option<string> Folder, string File, PropertySplitKind Split);

    public static Command Create()
    {
        var (device, threads, json) = (ModelOptions.Device(), ModelOptions.Threads(), CliOutput.JsonOption());
        var data = new Option<string>("--data") { Description = "Experimental table.", DefaultValueFactory = _ => "datasets/properties/expt-non-metals.csv" };
        var target = new Option<string>("--target") { Description = "Target column of --data.", DefaultValueFactory = _ => "Eg" };
        var experimental = new Option<string>("--ex") { Description = "Roost trained on --data alone (compositions split).", DefaultValueFactory = _ => "models/roost/expt-non-metals" };
        var transfer = new Option<string>("--mp-ex") { Description = "Roost pre-trained on MP, fine-tuned on --data (compositions split).", DefaultValueFactory = _ => "models/roost/expt-non-metals-from-mp-non-metals" };
        var experimentalRows = new Option<string>("--ex-rows") { Description = "Roost trained on --data alone with --split rows.", DefaultValueFactory = _ => "models/roost/expt-non-metals-rows" };
        var output = new Option<string>("--out") { Description = "Folder for metrics.json, table.md and the PNGs.", DefaultValueFactory = _ => "results/roost" };
        var command = new Command("roost", "Thesis Table 4.2: RF + Magpie, Roost on EX and Roost MP → EX on the same held-out experimental band gaps (and RF and Roost on EX on a random 20 % of rows).")
        {
            data, target, experimental, transfer, experimentalRows, output, device, threads, json,
        };
        command.SetAction(result => CliOutput.Run(() =>
        {
            RoostRow[] roostRows =
            [
                new(PublishedExperimental.Name, PublishedExperimental.Mae, PublishedExperimental.Rmse, experimental, "roost-ex", PropertySplitKind.Compositions),
                new(PublishedTransfer.Name, PublishedTransfer.Mae, PublishedTransfer.Rmse, transfer, "roost-mp-ex", PropertySplitKind.Compositions),
                new($"{PublishedExperimental.Name}, {OnRows}", PublishedExperimental.Mae, PublishedExperimental.Rmse, experimentalRows, "roost-ex-rows", PropertySplitKind.Rows),
            ];
            var destination = Path.GetFullPath(result.GetValue(output)!);
            var earlier = MetricsFile.Read<PropertyBenchmark>(destination)?.Rows ?? [];
            var present = roostRows.Where(r => File.Exists(Path.Combine(result.GetValue(r.Folder)!, ModelFiles.Manifest))).ToArray();
            foreach (var row in present) RequireSplit(row, result.GetValue(row.Folder)!);

            var splits = Enum.GetValues<PropertySplitKind>().ToDictionary(k => k, k => PropertyData.Load(result.GetValue(data)!, result.GetValue(target)!, kind: k));
            var loaded = splits[PropertySplitKind.Compositions];
            var (split, test) = (loaded.Split, loaded.Split.Test);
            var computeDevice = ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            var rows = new List<BenchmarkRow>();

            Console.Error.WriteLine($"random forest on Magpie features: {split.TrainAndValidation.Count} rows …");
            var forest = MagpieForest.Fit(split.TrainAndValidation).Predict(test);
            rows.Add(new BenchmarkRow(PublishedForest.Name, $"FastForest, {MagpieForest.Trees} trees ≤ {MagpieForest.Leaves} leaves, {split.TrainAndValidation.Count} rows",
                PropertyMetrics.Of(forest, Truth(test)), PublishedForest.Mae, PublishedForest.Rmse));
            var (rowTrain, rowTest) = (splits[PropertySplitKind.Rows].Split.TrainAndValidation, splits[PropertySplitKind.Rows].Split.Test);
            var rowForest = MagpieForest.Fit(rowTrain).Predict(rowTest);
            rows.Add(new BenchmarkRow($"{PublishedForest.Name}, {OnRows} (a composition may be on both sides)",
                $"FastForest as above, {rowTrain.Count} rows; {Twins(rowTrain, rowTest, rowForest)}",
                PropertyMetrics.Of(rowForest, Truth(rowTest)), PublishedForest.Mae, PublishedForest.Rmse));

            foreach (var row in roostRows)
            {
                if (!present.Contains(row))
                {
                    rows.AddRange(Earlier(earlier, row.Name, result.GetValue(row.Folder)!));
                    continue;
                }
                var folder = result.GetValue(row.Folder)!;
                var rowsHeldOut = splits[row.Split].Split.Test;
                var truth = Truth(rowsHeldOut);
                using var model = RoostModel.Load(folder, computeDevice);
                var predicted = model.Predict(rowsHeldOut.Select(r => r.Composition).ToArray());
                var values = predicted.Select(p => p.Value).ToArray();
                var sigma = predicted.Select(p => p.Total).ToArray();
                var certain = Enumerable.Range(0, truth.Length).OrderBy(i => sigma[i]).Take(truth.Length / 2).ToArray();
                var metrics = PropertyMetrics.Of(values, truth);
                var scoredOn = row.Split == PropertySplitKinds.Default ? ""
                    : $"; scored on the {rowsHeldOut.Count} test rows of the {PropertySplitKinds.Name(row.Split)} split; {Twins(splits[row.Split].Split.TrainAndValidation, rowsHeldOut, values)}";
                rows.Add(new BenchmarkRow(row.Name, Describe(model.Manifest) + scoredOn, metrics, row.Mae, row.Rmse,
                    PropertyMetrics.Of(certain.Select(i => values[i]).ToArray(), certain.Select(i => truth[i]).ToArray())));
                RoostModel.WriteManifest(model.Manifest with { TestMae = metrics.Mae }, folder); // ListModels reports it
                var predictions = new BenchmarkPredictions(row.Name, row.File, truth, values, sigma);
                Directory.CreateDirectory(destination);
                PropertyPlots.Parity(Path.Combine(destination, $"parity-{row.File}.png"), predictions, model.Manifest.Unit);
                PropertyPlots.ErrorVersusUncertainty(Path.Combine(destination, $"error-vs-uncertainty-{row.File}.png"), predictions, model.Manifest.Unit);
            }

            var benchmark = new PropertyBenchmark(Path.GetFileName(loaded.Path), loaded.Target, "eV",
                $"rows marked '{OnRows}': {PropertySplitKinds.Describe(PropertySplitKind.Rows)} held out, {rowTest.Count} test rows; every other row: the same {PropertySplitKinds.Describe(PropertySplitKind.Compositions)} held out",
                test.Count, rows);
            return BenchmarkOutput.Publish(destination, benchmark, result.GetValue(json));
        }));
        return command;
    }

    /// <summary>How many test rows have a twin (their composition) among the training rows, and the MAE with and without one.</summary>
    private static string Twins(IReadOnlyList<PropertyRecord> train, IReadOnlyList<PropertyRecord> test, IReadOnlyList<double> predicted)
    {
        var seen = train.Select(r => CompositionKey.Of(r.Composition)).ToHashSet(StringComparer.Ordinal);
        var twin = test.Select(r => seen.Contains(CompositionKey.Of(r.Composition))).ToArray();
        string Mae(bool side) => Enumerable.Range(0, test.Count).Where(i => twin[i] == side).Select(i => Math.Abs(predicted[i] - test[i].Value))
            .DefaultIfEmpty(double.NaN).Average().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        return $"{twin.Count(t => t)} of {test.Count} test rows have their composition in training (MAE {Mae(true)}; the other rows {Mae(false)})";
    }

    private static double[] Truth(IReadOnlyList<PropertyRecord> rows) => rows.Select(r => r.Value).ToArray();

    /// <summary>
    /// A row whose model is not here (unshipped weights): the figures an earlier run wrote to metrics.json, marked as
    /// such, so re-running the table for one model does not lose the others; left out when there are none.
    /// </summary>
    private static IEnumerable<BenchmarkRow> Earlier(IReadOnlyList<BenchmarkRow> earlier, string name, string folder)
    {
        const string Mark = "measured by an earlier run (model folder absent): ";
        var row = earlier.FirstOrDefault(r => r.Name == name);
        Console.Error.WriteLine($"synthesis: warning: no Roost model in {Shown(folder)}; row '{name}' " + (row is null ? "left out" : "kept from the earlier metrics.json"));
        return row is null ? [] : [row with { Trained = row.Trained.StartsWith(Mark, StringComparison.Ordinal) ? row.Trained : Mark + row.Trained }];
    }

    /// <summary>A model is scored only on the test rows of the split it was trained on: another split's test rows may be its training rows.</summary>
    private static void RequireSplit(RoostRow row, string folder)
    {
        var trainedOn = RoostModel.ReadManifest(folder).Split;
        if (trainedOn != row.Split)
            throw new InvalidDataException($"{row.Folder.Name}: the model in '{Shown(folder)}' was trained on the {PropertySplitKinds.Name(trainedOn)} split; row '{row.Name}' scores a model trained on the {PropertySplitKinds.Name(row.Split)} split");
    }

    /// <summary>At most the last 64 characters of a folder the user named.</summary>
    private static string Shown(string folder) => folder.Length <= 64 ? folder : "…" + folder[^63..];

    private static string Describe(RoostManifest manifest) =>
        $"{manifest.Members} member(s)" + (manifest.Stages.Count == 0 ? "" : "; ") + string.Join("; ", manifest.Stages.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{s.Key}: {s.Value.Epochs} epochs (best {s.Value.BestEpoch})"));
}
