using System.CommandLine;
using Synthesis.Data.Properties;
using Synthesis.Models;
using Synthesis.Models.Properties;
using Synthesis.Models.Properties.Evaluation;
using Synthesis.Models.Properties.Roost;
using Synthesis.Models.Properties.Wren;
using Synthesis.Reports.Properties;

namespace Synthesis.Cli.Commands;

/// <summary>
/// `synthesis evaluate wren`: Matbench's 5-fold protocol on a structure table (default matbench_phonons, last phonon
/// DOS peak) — Wren on the structures, Roost on their compositions and the training mean, on the same folds — with
/// each fold's MAE, their mean ± sd, and parity / error-vs-uncertainty plots of the out-of-fold predictions.
/// Each fold's models stay in --work, so a stopped run resumes.
/// </summary>
public static class EvaluateWrenCommand
{
    public static Command Create()
    {
        var (device, threads, json) = (ModelOptions.Device(), ModelOptions.Threads(), CliOutput.JsonOption());
        var data = new Option<string>("--data") { Description = "Matbench JSON or CSV with `protostructure`.", DefaultValueFactory = _ => "datasets/properties/matbench_phonons.json.gz" };
        var target = new Option<string>("--target") { Description = "Target column of --data.", DefaultValueFactory = _ => "last phdos peak" };
        var unit = new Option<string>("--unit") { Description = "Unit of the target.", DefaultValueFactory = _ => "cm⁻¹" };
        var size = WrenSizeOptions.Create();
        var work = new Option<string>("--work") { Description = "Folder for each fold's models (resumable).", DefaultValueFactory = _ => "checkpoints/wren-folds" };
        var output = new Option<string>("--out") { Description = "Folder for metrics.json, table.md and the PNGs.", DefaultValueFactory = _ => "results/wren" };
        var command = new Command("wren", "Matbench 5-fold cross-validation: Wren, Roost on the composition and the mean, on the same folds.")
        {
            data, target, unit, work, output, device, threads, json,
        };
        size.AddTo(command);
        command.SetAction((result, cancellation) => Task.FromResult(CliOutput.Run(() =>
        {
            if (size.Read(result, out var options, out var labellings) is { } error) return CliOutput.Error(error);
            var (dataPath, targetName, unitName) = (result.GetValue(data)!, result.GetValue(target)!, result.GetValue(unit)!);
            Console.Error.WriteLine($"labelling {Path.GetFileName(dataPath)} …");
            var (records, skipped) = StructureTable.Read(dataPath, targetName);
            if (records.Count < 5 * MatbenchFolds.Folds) return CliOutput.Error($"{Path.GetFileName(dataPath)} has {records.Count} usable rows; 5-fold evaluation needs at least {5 * MatbenchFolds.Folds}");
            var folds = MatbenchFolds.TestIndices(records.Count);
            var computeDevice = ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            var roostOptions = new RoostOptions { Members = options.Members, MaxEpochs = options.MaxEpochs, Patience = options.Patience };
            var runs = new[] { new FoldResults("Wren", "wren"), new FoldResults("Roost (composition)", "roost"), new FoldResults("mean of the training rows", "mean") };
            var bestEpochs = new[] { new List<int>(), new List<int>() };
            for (var k = 0; k < folds.Length; k++)
            {
                var test = folds[k].Select(i => records[i]).ToArray();
                var rest = Enumerable.Range(0, records.Count).Except(folds[k]).Select(i => records[i]).ToArray();
                var split = StructureSplit.Of(rest, PropertySplit.DefaultSeed + k, testFraction: 0);
                var described = $"{Path.GetFileName(dataPath)} ({targetName}) fold {k + 1}/{folds.Length}: {split.Train.Count} train, {split.Validation.Count} validation rows";
                var folder = Path.GetFullPath(Path.Combine(result.GetValue(work)!, $"fold-{k + 1}"));
                Console.Error.WriteLine($"fold {k + 1}/{folds.Length}: {test.Length} test rows; Wren …");
                var wrenPlan = new WrenTrainingPlan(targetName, unitName, described, split.Train, split.Validation);
                using (var wren = new WrenTrainer(options, computeDevice, new TrainingProgressRenderer(), labellings)
                    .Train(wrenPlan, Path.Combine(folder, "wren"), Path.Combine(folder, "wren", "checkpoints"), resume: true, cancellation: cancellation))
                {
                    runs[0].Add(test, wren.Predict(test.Select(r => r.Label).ToArray()));
                    bestEpochs[0].AddRange(wren.Manifest.Stages.Values.Select(s => s.BestEpoch));
                }
                Console.Error.WriteLine($"fold {k + 1}/{folds.Length}: Roost …");
                var roostPlan = new RoostTrainingPlan(targetName, unitName, described,
                    split.Train.Select(r => r.AsComposition()).ToArray(), split.Validation.Select(r => r.AsComposition()).ToArray());
                using (var roost = new RoostTrainer(roostOptions, computeDevice, new TrainingProgressRenderer())
                    .Train(roostPlan, Path.Combine(folder, "roost"), Path.Combine(folder, "roost", "checkpoints"), resume: true, cancellation: cancellation))
                {
                    runs[1].Add(test, roost.Predict(test.Select(r => r.Composition).ToArray()));
                    bestEpochs[1].AddRange(roost.Manifest.Stages.Values.Select(s => s.BestEpoch));
                }
                var mean = rest.Average(r => r.Value);
                runs[2].Add(test, test.Select(_ => new PropertyPrediction(mean, double.NaN, double.NaN)).ToArray());
                Console.Error.WriteLine($"fold {k + 1}/{folds.Length}: MAE " + string.Join(", ", runs.Select(r => $"{r.Name} {r.FoldMae[^1]:0.0}")));
            }

            var destination = Path.GetFullPath(result.GetValue(output)!);
            Directory.CreateDirectory(destination);
            var rows = new List<BenchmarkRow>();
            for (var m = 0; m < runs.Length; m++)
            {
                var predictions = runs[m].Predictions();
                var trained = m < 2 ? Describe(options.Members, options.MaxEpochs, bestEpochs[m], m == 0 ? labellings : null) : "no training";
                rows.Add(new BenchmarkRow(runs[m].Name, trained, PropertyMetrics.Of(predictions.Predicted, predictions.Truth), null, null,
                    m < 2 ? runs[m].MostCertainHalf() : null, runs[m].FoldMae));
                if (m == 2) continue;
                PropertyPlots.Parity(Path.Combine(destination, $"parity-{runs[m].File}.png"), predictions, unitName);
                PropertyPlots.ErrorVersusUncertainty(Path.Combine(destination, $"error-vs-uncertainty-{runs[m].File}.png"), predictions, unitName);
            }
            var benchmark = new PropertyBenchmark(Path.GetFileName(dataPath), targetName, unitName,
                $"Matbench 5-fold cross-validation (KFold, shuffle, random_state {MatbenchFolds.Seed}; {skipped} rows unreadable); each fold's training rows split 90/10 for early stopping; figures are over all out-of-fold predictions",
                records.Count, rows);
            return BenchmarkOutput.Publish(destination, benchmark, result.GetValue(json));
        })));
        return command;
    }

    private static string Describe(int members, int maxEpochs, IEnumerable<int> bestEpochs, int? labellings) =>
        $"{members} member(s) per fold, {maxEpochs} epochs at most (best epoch of each member: {string.Join("/", bestEpochs)})"
        + (labellings is int n ? $", {n} labelling(s) per structure per step" : "");

    /// <summary>One model's out-of-fold predictions, gathered fold by fold.</summary>
    private sealed class FoldResults(string name, string file)
    {
        private readonly List<(double Truth, PropertyPrediction Prediction)> _all = [];
        public string Name => name;
        public string File => file;
        public List<double> FoldMae { get; } = [];

        public void Add(IReadOnlyList<StructureRecord> test, IReadOnlyList<PropertyPrediction> predicted)
        {
            FoldMae.Add(test.Zip(predicted, (r, p) => Math.Abs(r.Value - p.Value)).Average());
            _all.AddRange(test.Zip(predicted, (r, p) => (r.Value, p)));
        }

        public BenchmarkPredictions Predictions() =>
            new(name, file, [.. _all.Select(a => a.Truth)], [.. _all.Select(a => a.Prediction.Value)], [.. _all.Select(a => a.Prediction.Total)]);

        public PropertyMetrics MostCertainHalf()
        {
            var certain = _all.OrderBy(a => a.Prediction.Total).Take(_all.Count / 2).ToArray();
            return PropertyMetrics.Of(certain.Select(a => a.Prediction.Value).ToArray(), certain.Select(a => a.Truth).ToArray());
        }
    }
}
