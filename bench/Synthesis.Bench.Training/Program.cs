using System.Text.Json;
using Synthesis.Bench;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Profiling;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Training;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

// Training throughput on a model's configuration: whole epochs of one fresh classifier member (what `synthesis train
// reaction` repeats for each member), beside the matmul GFLOP/s measured in the same run.
// Usage: Synthesis.Bench.Training <db> <model folder> <output json> [--epochs N] [--threads N] (exit 2 on bad arguments)
var arguments = new BenchArguments(args, "--epochs", "--threads");
var (positional, epochs, threads) = (arguments.Positional, arguments.Integer("--epochs", 1), arguments.Integer("--threads", 0));
if (positional.Length != 3 || epochs < 1 || threads < 0)
{
    Console.Error.WriteLine("usage: Synthesis.Bench.Training <db> <model folder> <output json> [--epochs N ≥ 1] [--threads N]");
    return 2;
}
var (database, modelFolder, output) = (positional[0], positional[1], positional[2]);
NativeAllocator.LimitArenas();
OpenMpWaiting.Passive();
if (threads > 0) set_num_threads(threads);

using var model = ReactionModel.Load(modelFolder, CPU);
var manifest = model.Manifest;
using var databases = new DatabaseFiles(DatabaseOwner.Cli);
var data = TrainingDataLoader.Load(new LiteDbReactionRepository(databases.For(database)), SplitKinds.Parse(manifest.Split), manifest.MaxPrecursors, manifest.Seed);
Console.Error.WriteLine($"model {manifest.Version}, {data.Train.Count:N0} training reactions, {get_num_threads()} threads");
var gflops = MatmulThroughput.Gflops();
Console.Error.WriteLine($"reference matmul: {gflops:0.0} GFLOP/s");
var seconds = new List<double>();
for (var epoch = 1; epoch <= epochs; epoch++)
{
    seconds.Add(TrainingThroughput.ClassifierEpochSeconds(model, data.Train, seed: epoch));
    Console.Error.WriteLine($"classifier epoch {epoch}/{epochs}: {seconds[^1]:0.0} s");
}
var report = new
{
    date = DateTime.UtcNow,
    machine = new { processors = Environment.ProcessorCount, threads = get_num_threads(), load_average_at_end = File.ReadAllText("/proc/loadavg").Trim() },
    model = manifest.Version,
    training_reactions = data.Train.Count,
    batch_size = new ReactionTrainingOptions().BatchSize,
    reference_matmul_gflops = gflops,
    classifier_epoch_seconds = seconds,
    best_classifier_epoch_seconds = seconds.Min(),
    best_epoch_as_reference_matmul_gflop = seconds.Min() * gflops,
};
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }) + "\n");
Console.Error.WriteLine($"wrote {output}");
return 0;

