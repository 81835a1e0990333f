using System.Text.Json;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Export;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

// Our side of bench/torch-reference.sh: exports the model and the reactions the PyTorch reference runs
// (ReferenceExport), then times our model on the same reactions with the same thread count.
// Usage: Synthesis.Bench.Reference <db> <model folder> <export folder> <threads> <output json>
if (args.Length != 5 || !int.TryParse(args[3], out var threads) || threads < 1)
{
    Console.Error.WriteLine("usage: Synthesis.Bench.Reference <db> <model folder> <export folder> <threads ≥ 1> <output json>");
    return 2;
}
var (database, modelFolder, exportFolder, output) = (args[0], args[1], args[2], args[4]);
set_num_threads(threads);
using var model = ReactionModel.Load(modelFolder, CPU);
var manifest = model.Manifest;
using var databases = new DatabaseFiles(DatabaseOwner.Cli);
var data = TrainingDataLoader.Load(new LiteDbReactionRepository(databases.For(database)), SplitKinds.Parse(manifest.Split), manifest.MaxPrecursors, manifest.Seed);
var examples = ReferenceExport.Reactions(data, Timings.LargestBatch);
Console.Error.WriteLine($"exporting {manifest.Version} and {examples.Length:N0} reactions to {exportFolder}");
ReferenceExport.Write(model, examples, exportFolder);

Console.Error.WriteLine($"timing ours with {get_num_threads()} thread(s)");
var report = Timings.Measure(model, examples);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, JsonSerializer.Serialize(new { model = manifest.Version, threads = get_num_threads(), timings = report },
    new JsonSerializerOptions { WriteIndented = true }));
Console.Error.WriteLine(File.ReadAllText(output));
return 0;
