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
/// beside the published figures, with parity and error-vs-uncertainty plots.
/// </summary>
public static class EvaluateRoostCommand
{
    /// <summary>Goodall thesis Table 4.2 (MAE, RMSE in eV).</summary>
    private static readonly (string Name, double Mae, double Rmse) PublishedForest = ("RF + Magpie", 0.277, 0.460),
        PublishedExperimental = ("Roost on EX", 0.243, 0.422), PublishedTransfer = ("Roost MP → EX", 0.219, 0.364);

    public static Command Create()
    {
        var (device, threads, json) = (ModelOptions.Device(), ModelOptions.Threads(), CliOutput.JsonOption());
        var data = new Option<string>("--data") { Description = "Experimental table.", DefaultValueFactory = _ => "datasets/properties/expt-non-metals.csv" };
        var target = new Option<string>("--target") { Description = "Target column of --data.", DefaultValueFactory = _ => "Eg" };
        var experimental = new Option<string>("--ex") { Description = "Roost trained on --data alone.", DefaultValueFactory = _ => "models/roost/expt-non-metals" };
        var transfer = new Option<string>("--mp-ex") { Description = "Roost pre-trained on MP, fine-tuned on --data.", DefaultValueFactory = _ => "models/roost/expt-non-metals-from-mp-non-metals" };
        var output = new Option<string>("--out") { Description = "Folder for metrics.json, table.md and the PNGs.", DefaultValueFactory = _ => "results/roost" };
        var command = new Command("roost", "Thesis Table 4.2: RF + Magpie, Roost on EX and Roost MP → EX on the same held-out experimental band gaps.")
        {
            data, target, experimental, transfer, output, device, threads, json,
        };
        command.SetAction(result => CliOutput.Run(() =>
        {
            var loaded = PropertyData.Load(result.GetValue(data)!, result.GetValue(target)!);
            var (split, test) = (loaded.Split, loaded.Split.Test);
            var truth = test.Select(r => r.Value).ToArray();
            var destination = Path.GetFullPath(result.GetValue(output)!);
            var computeDevice = ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            var rows = new List<BenchmarkRow>();

            Console.Error.WriteLine($"random forest on Magpie features: {split.TrainAndValidation.Count} rows …");
            var forest = MagpieForest.Fit(split.TrainAndValidation).Predict(test);
            rows.Add(new BenchmarkRow(PublishedForest.Name, $"FastForest, {MagpieForest.Trees} trees ≤ {MagpieForest.Leaves} leaves, {split.TrainAndValidation.Count} rows",
                PropertyMetrics.Of(forest, truth), PublishedForest.Mae, PublishedForest.Rmse));
            var rowSplit = PropertyData.Load(result.GetValue(data)!, result.GetValue(target)!, kind: PropertySplitKind.Rows).Split;
            var (rowTrain, rowTest) = (rowSplit.TrainAndValidation, rowSplit.Test);
            var rowForest = MagpieForest.Fit(rowTrain).Predict(rowTest);
            var seen = rowTrain.Select(r => CompositionKey.Of(r.Composition)).ToHashSet(StringComparer.Ordinal);
            rows.Add(new BenchmarkRow($"{PublishedForest.Name}, random 20 % of rows (a composition may be on both sides)",
                $"FastForest as above, {rowTrain.Count} rows; {rowTest.Count(r => seen.Contains(CompositionKey.Of(r.Composition)))} of {rowTest.Count} test rows have their composition in training",
                PropertyMetrics.Of(rowForest, rowTest.Select(r => r.Value).ToArray()), PublishedForest.Mae, PublishedForest.Rmse));

            foreach (var (published, folder, file) in new[] { (PublishedExperimental, result.GetValue(experimental)!, "roost-ex"), (PublishedTransfer, result.GetValue(transfer)!, "roost-mp-ex") })
            {
                if (!File.Exists(Path.Combine(folder, ModelFiles.Manifest)))
                {
                    Console.Error.WriteLine($"synthesis: warning: no Roost model in {folder}; row '{published.Name}' left out");
                    continue;
                }
                using var model = RoostModel.Load(folder, computeDevice);
                var predicted = model.Predict(test.Select(r => r.Composition).ToArray());
                var values = predicted.Select(p => p.Value).ToArray();
                var sigma = predicted.Select(p => p.Total).ToArray();
                var certain = Enumerable.Range(0, test.Count).OrderBy(i => sigma[i]).Take(test.Count / 2).ToArray();
                var metrics = PropertyMetrics.Of(values, truth);
                rows.Add(new BenchmarkRow(published.Name, Describe(model.Manifest), metrics, published.Mae, published.Rmse,
                    PropertyMetrics.Of(certain.Select(i => values[i]).ToArray(), certain.Select(i => truth[i]).ToArray())));
                RoostModel.WriteManifest(model.Manifest with { TestMae = metrics.Mae }, folder); // ListModels reports it
                var predictions = new BenchmarkPredictions(published.Name, file, truth, values, sigma);
                Directory.CreateDirectory(destination);
                PropertyPlots.Parity(Path.Combine(destination, $"parity-{file}.png"), predictions, model.Manifest.Unit);
                PropertyPlots.ErrorVersusUncertainty(Path.Combine(destination, $"error-vs-uncertainty-{file}.png"), predictions, model.Manifest.Unit);
            }

            var benchmark = new PropertyBenchmark(Path.GetFileName(loaded.Path), loaded.Target, "eV",
                $"the same {PropertySplit.TestFraction:P0} of distinct compositions held out for every model (seed {PropertySplit.DefaultSeed}, all rows of a composition on one side)",
                test.Count, rows);
            return BenchmarkOutput.Publish(destination, benchmark, result.GetValue(json));
        }));
        return command;
    }

    private static string Describe(RoostManifest manifest) =>
        $"{manifest.Members} member(s)" + (manifest.Stages.Count == 0 ? "" : "; ") + string.Join("; ", manifest.Stages.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{s.Key}: {s.Value.Epochs} epochs (best {s.Value.BestEpoch})"));
}
