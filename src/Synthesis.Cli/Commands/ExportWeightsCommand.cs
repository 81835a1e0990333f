using System.CommandLine;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Export;
using Synthesis.Models.Reactions.Training;

namespace Synthesis.Cli.Commands;

/// <summary>
/// `synthesis export-weights --model M --out DIR`: a model's weights, the first N test reactions of its split encoded as
/// the model sees them, our outputs for them and one training step's gradients, as raw little-endian arrays with a JSON
/// index (<see cref="ReferenceExport"/>), for the PyTorch reference in bench/torch_reference.
/// </summary>
public static class ExportWeightsCommand
{
    public static Command Create()
    {
        var (model, threads, db) = (ModelOptions.Model(), ModelOptions.Threads(), DatabaseOption.Create());
        var output = new Option<string>("--out") { Description = "Folder to write tensors.bin and index.json to.", Required = true };
        var reactions = new Option<int>("--reactions") { Description = "How many test reactions of the model's split to export (1–100,000).", DefaultValueFactory = _ => 1000 };
        var command = new Command("export-weights",
            "Export a reaction model's weights, encoded real reactions and our outputs for them, for an independent implementation to compare against.")
        {
            model, output, reactions, threads, db,
        };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var count = result.GetValue(reactions);
            if (count is < 1 or > 100_000) return CliOutput.Error($"--reactions must be between 1 and 100000, got {count}");
            var computeDevice = ModelOptions.SelectDevice("cpu", result.GetValue(threads));
            using var trained = ReactionModel.Load(ModelPath.Resolve(result.GetValue(model)), computeDevice);
            var manifest = trained.Manifest;
            var repository = new LiteDbReactionRepository(databases.For(DatabaseOption.Existing(result.GetValue(db))));
            var data = TrainingDataLoader.Load(repository, SplitKinds.Parse(manifest.Split), manifest.MaxPrecursors, manifest.Seed);
            var examples = ReferenceExport.Reactions(data, count);
            var folder = result.GetValue(output)!;
            Console.Error.WriteLine($"exporting {manifest.Version} and {examples.Length:N0} {manifest.Split}-split test reactions to {folder}");
            ReferenceExport.Write(trained, examples, folder);
            Console.WriteLine($"wrote {Path.Combine(folder, TensorArchive.IndexFile)} and {TensorArchive.DataFile}");
            return 0;
        }));
        return command;
    }
}
