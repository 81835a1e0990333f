using System.CommandLine;
using Synthesis.Data.Properties;
using Synthesis.Models.Properties.Wren;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis train wren`: a Wren ensemble on structures (protostructure labels or Matbench JSON), resumable.</summary>
public static class TrainWrenCommand
{
    public static Command Create()
    {
        var (model, device, threads) = (ModelOptions.Model(), ModelOptions.Device(), ModelOptions.Threads());
        var data = new Option<string>("--data") { Description = "CSV with a `protostructure` column, or Matbench JSON (.json/.json.gz) of pymatgen structures.", Required = true };
        var target = new Option<string>("--target") { Description = "Target column of --data, e.g. E_f or \"last phdos peak\".", Required = true };
        var unit = new Option<string>("--unit") { Description = "Unit of the target, for reports and the service.", DefaultValueFactory = _ => "eV" };
        var size = WrenSizeOptions.Create();
        var member = new Option<int?>("--member") { Description = "Train only this member (0-based)." };
        var resume = new Option<bool>("--resume") { Description = "Continue from finished members and the last checkpoint instead of starting over." };
        var seed = new Option<int>("--seed") { Description = "Seed of the split (20 % test, 10 % of the rest validation), the members' initialisation and batches.", DefaultValueFactory = _ => PropertySplit.DefaultSeed };
        var command = new Command("wren", "Train Wren (Wyckoff representation → property) with the robust loss, averaging over equivalent labellings.")
        {
            data, target, unit, member, resume, seed, model, device, threads,
        };
        size.AddTo(command);
        command.SetAction((result, cancellation) => Task.FromResult(CliOutput.Run(() =>
        {
            if (size.Read(result, out var options, out var labellings) is { } error) return CliOutput.Error(error);
            if (result.GetValue(member) is int k && (k < 0 || k >= options.Members)) return CliOutput.Error($"--member must be between 0 and {options.Members - 1}");
            var dataPath = result.GetValue(data)!;
            var (records, skipped) = StructureTable.Read(dataPath, result.GetValue(target)!);
            if (records.Count < 10) return CliOutput.Error($"{Path.GetFileName(dataPath)} has {records.Count} usable rows for '{result.GetValue(target)}'; Wren needs at least 10");
            var split = StructureSplit.Of(records, result.GetValue(seed));
            var described = $"{Path.GetFileName(dataPath)} ({result.GetValue(target)}): {split.Train.Count} train, {split.Validation.Count} validation rows, {split.Test.Count} test rows held out, {skipped} skipped";
            var name = Path.GetFileName(dataPath).Split('.')[0];
            var folder = Path.GetFullPath(result.GetValue(model) ?? Path.Combine("models", "wren", name));
            Console.Error.WriteLine($"training Wren on {described} → {folder}");
            var plan = new WrenTrainingPlan(result.GetValue(target)!, result.GetValue(unit)!, described, split.Train, split.Validation, result.GetValue(seed));
            using var trained = new WrenTrainer(options, ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads)), new TrainingProgressRenderer(), labellings)
                .Train(plan, folder, Path.Combine(folder, "checkpoints"), result.GetValue(resume), result.GetValue(member) is int only ? [only] : null, cancellation);
            var test = trained.Predict(split.Test.Select(r => r.Label).ToArray());
            if (split.Test.Count > 0)
                Console.WriteLine($"held-out MAE {test.Zip(split.Test, (p, r) => Math.Abs(p.Value - r.Value)).Average():0.000} {result.GetValue(unit)} on {split.Test.Count} rows");
            Console.WriteLine($"Wren ensemble of {trained.Manifest.Members} member(s) saved to {folder}");
            return 0;
        })));
        return command;
    }
}
