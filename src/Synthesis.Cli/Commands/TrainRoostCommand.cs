using System.CommandLine;
using Synthesis.Data.Properties;
using Synthesis.Models.Properties.Roost;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis train roost`: a Roost ensemble on a property table (optionally pre-trained on another), resumable.</summary>
public static class TrainRoostCommand
{
    public static Command Create()
    {
        var (model, device, threads, split) = (ModelOptions.Model(), ModelOptions.Device(), ModelOptions.Threads(), ModelOptions.PropertySplit());
        var data = new Option<string>("--data") { Description = "Property table (CSV with `composition` and the target column).", Required = true };
        var target = new Option<string>("--target") { Description = "Target column of --data, e.g. Eg.", Required = true };
        var unit = new Option<string>("--unit") { Description = "Unit of the target, for reports and the service.", DefaultValueFactory = _ => "eV" };
        var pretrain = new Option<string?>("--pretrain") { Description = "Table to pre-train on first; every composition of --data is removed from it." };
        var pretrainTarget = new Option<string?>("--pretrain-target") { Description = "Target column of --pretrain (default: --target)." };
        var pretrainEpochs = new Option<int>("--pretrain-epochs") { Description = "Epochs of pre-training (best validation epoch kept).", DefaultValueFactory = _ => 100 };
        var members = new Option<int>("--members") { Description = "Ensemble size.", DefaultValueFactory = _ => new RoostOptions().Members };
        var member = new Option<int?>("--member") { Description = "Train only this member (0-based)." };
        var epochs = new Option<int>("--epochs") { Description = "Most epochs of training on --data.", DefaultValueFactory = _ => new RoostOptions().MaxEpochs };
        var patience = new Option<int>("--patience") { Description = "Epochs without validation improvement before a stage stops.", DefaultValueFactory = _ => new RoostOptions().Patience };
        var resume = new Option<bool>("--resume") { Description = "Continue from finished members and the last checkpoint instead of starting over." };
        var seed = new Option<int>("--seed") { Description = "Seed of the members' initialisation and batches (the held-out split is always seed 42, of the kind --split names).", DefaultValueFactory = _ => PropertySplit.DefaultSeed };
        var command = new Command("roost", "Train Roost (composition → property) with the robust loss; the same 20 % of compositions (or, with --split rows, of rows) is always held out.")
        {
            data, target, unit, split, pretrain, pretrainTarget, pretrainEpochs, members, member, epochs, patience, resume, seed, model, device, threads,
        };
        command.SetAction((result, cancellation) => Task.FromResult(CliOutput.Run(() =>
        {
            var options = new RoostOptions
            {
                Members = result.GetValue(members),
                MaxEpochs = result.GetValue(epochs),
                Patience = result.GetValue(patience),
            };
            if (options.Members < 1 || options.MaxEpochs < 1 || options.Patience < 1 || result.GetValue(pretrainEpochs) < 1)
                return CliOutput.Error("--members, --epochs, --patience and --pretrain-epochs must be at least 1");
            if (result.GetValue(member) is int k && (k < 0 || k >= options.Members)) return CliOutput.Error($"--member must be between 0 and {options.Members - 1}");
            var (dataPath, pretrainPath) = (result.GetValue(data)!, result.GetValue(pretrain));
            var kind = result.GetValue(split);
            var loaded = PropertyData.Load(dataPath, result.GetValue(target)!, pretrainPath, result.GetValue(pretrainTarget), kind: kind);
            var name = Path.GetFileNameWithoutExtension(dataPath) + (pretrainPath is null ? "" : "-from-" + Path.GetFileNameWithoutExtension(pretrainPath))
                + (kind == PropertySplitKinds.Default ? "" : "-" + PropertySplitKinds.Name(kind));
            var folder = Path.GetFullPath(result.GetValue(model) ?? Path.Combine("models", "roost", name));
            Console.Error.WriteLine($"training Roost on {loaded.Describe()} → {folder}");
            var plan = new RoostTrainingPlan(loaded.Target, result.GetValue(unit)!, loaded.Describe(), loaded.Split.Train, loaded.Split.Validation,
                loaded.Pretraining?.Split.Train, loaded.Pretraining?.Split.Validation, result.GetValue(pretrainEpochs), result.GetValue(seed), kind);
            using var trained = new RoostTrainer(options, ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads)), new TrainingProgressRenderer())
                .Train(plan, folder, Path.Combine(folder, "checkpoints"), result.GetValue(resume), result.GetValue(member) is int only ? [only] : null, cancellation);
            Console.WriteLine($"Roost ensemble of {trained.Manifest.Members} member(s) saved to {folder}");
            return 0;
        })));
        return command;
    }
}
