using System.Diagnostics;
using System.Text.Json;
using Google.Protobuf;
using Synthesis.Bench;
using Synthesis.Bench.Profile;
using Synthesis.Data.Storage;
using Synthesis.Models.Profiling;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Torch;
using Synthesis.Server.Mapping;
using Synthesis.Server.Options;
using static TorchSharp.torch;

// Where one Predict's time goes, in process, with the server's settings (glibc arenas, passive OpenMP waiting,
// the chunk size of PredictBatch): per stage wall time, tensors created (libtorch calls that return one) and
// multiply-adds, then the same for PredictBatch-sized work, beside the matmul GFLOP/s measured in the same run
// (the arithmetic floor: 2 · multiply-adds / GFLOP/s). Transport beyond the proto mapping is bench/grpc.sh's p50
// minus this one's. Usage: Synthesis.Bench.Profile <db> <model folder> <output json> [--threads N] [--calls N]
// [--glibc-default-allocator] (exit 2 on bad arguments).
var arguments = new BenchArguments(args, "--threads", "--calls");
var positional = arguments.Positional;
var threads = arguments.Integer("--threads", 0);
var calls = arguments.Integer("--calls", 500);
if (positional.Length != 3 || threads < 0 || calls < 1)
{
    Console.Error.WriteLine("usage: Synthesis.Bench.Profile <db> <model folder> <output json> [--threads N] [--calls N ≥ 1] [--glibc-default-allocator]");
    return 2;
}
var (database, modelFolder, output) = (positional[0], positional[1], positional[2]);
var serverAllocator = !arguments.Has("--glibc-default-allocator");
if (serverAllocator) NativeAllocator.LimitArenas();
OpenMpWaiting.Passive();
if (threads > 0) set_num_threads(threads);

using var databases = new DatabaseFiles(DatabaseOwner.Cli);
var repository = new LiteDbReactionRepository(databases.For(database));
using var predictor = ReactionPredictor.Load(modelFolder, repository, CPU, Path.GetDirectoryName(Path.GetFullPath(database)),
    (done, total) => Console.Error.WriteLine($"embedding the neighbour index: {done:N0} of {total:N0}"));
var queries = Workload.From(repository.Kept(), 100);
var version = predictor.ModelVersion;
Console.Error.WriteLine($"model {version}, {predictor.IndexedReactions:N0} indexed reactions, {get_num_threads()} threads, {queries.Length} workload reactions");

var gflops = MatmulThroughput.Gflops();
Console.Error.WriteLine($"reference matmul: {gflops:0.0} GFLOP/s");

// One reaction at a time, as Predict (5 neighbours, 5 candidates), then its mapping to the wire message.
for (var i = 0; i < 50; i++) predictor.Predict([queries[i % queries.Length]], 5, 5);
var single = new StageProfile();
var singleMs = new List<double>(calls);
using (single.Record())
{
    for (var i = 0; i < calls; i++)
    {
        var started = Stopwatch.GetTimestamp();
        var prediction = predictor.Predict([queries[i % queries.Length]], 5, 5)[0];
        using (StageProfile.Stage("mapping")) ProtoMapper.ToProto(prediction, version).ToByteArray();
        singleMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
StageReport.Print("Predict", single, calls);
var latency = Percentiles.Of(singleMs);
Console.Error.WriteLine($"Predict in process: p50 {latency.P50Ms:0.00} ms, p99 {latency.P99Ms:0.00} ms");

// PredictBatch's work: 1,024 reactions (the workload repeated, as bench/grpc.sh sends them) in the server's chunks.
const int batchSize = 1024;
var chunk = new LimitsOptions().PredictChunkSize;
var batch = Enumerable.Range(0, batchSize).Select(i => queries[i % queries.Length]).ToArray();
predictor.Predict(batch.Take(chunk).ToArray(), 0, 5);
var bulk = new StageProfile();
var batches = 3;
var batchClock = Stopwatch.StartNew();
using (bulk.Record())
{
    for (var b = 0; b < batches; b++)
        foreach (var part in batch.Chunk(chunk))
            foreach (var prediction in predictor.Predict(part, 0, 5))
                using (StageProfile.Stage("mapping")) ProtoMapper.ToProto(prediction, version).ToByteArray();
}
var reactionsPerSecond = batches * batchSize / batchClock.Elapsed.TotalSeconds;
StageReport.Print("PredictBatch", bulk, batches * batchSize);
Console.Error.WriteLine($"PredictBatch in process: {reactionsPerSecond:0} reactions/s");

// The batch regression's suspects, each A/B in this run: stacked members against one by one (before stacking), and
// the server's 1 MB own-mapping threshold (every large activation mapped fresh and faulted in) against 256 MB.
var examples = batch.Select((q, i) => new ReactionExample($"query-{i}", q.Precursors, q.Actions.Take(ReactionExample.MaxActions).ToArray(), null)).ToArray();
var stacking = ForwardComparison.Run(predictor.Model, examples, 2, ("stacked, 128 a pass", true, 128), ("members one by one, 128 a pass", false, 128));
var chunking = ForwardComparison.Run(predictor.Model, examples, 2, ("stacked, 32 a pass", true, 32), ("members one by one, 128 a pass", false, 128));
foreach (var result in new[] { stacking, chunking })
    Console.Error.WriteLine($"forward: {result.A} {result.AReactionsPerSecond:0}/s, {result.B} {result.BReactionsPerSecond:0}/s");
var mapping = ForwardComparison.Run(predictor.Model, examples, 2, ("own mappings from 1 MB", true, 32), ("own mappings from 256 MB", true, 32),
    first => NativeAllocator.MapOwnFrom(first ? NativeAllocator.OwnMappingFrom : 256 << 20));
if (serverAllocator) NativeAllocator.MapOwnFrom(NativeAllocator.OwnMappingFrom);
Console.Error.WriteLine($"forward, stacked, 32 a pass: own mappings from 1 MB {mapping.AReactionsPerSecond:0}/s, from 256 MB {mapping.BReactionsPerSecond:0}/s");

var threading = ThreadComparison.Run(predictor, queries, Math.Min(calls, 300));
Console.Error.WriteLine($"Predict p50 on 1 thread {threading.OneThreadP50Ms:0.00} ms, on {threading.DefaultThreads} {threading.DefaultThreadsP50Ms:0.00} ms");
var gcPause = GcPauseComparison.Run(100);
Console.Error.WriteLine($"no-GC region start: {gcPause.FullCollectionMs:0.00} ms with a full collection, {gcPause.MinimalCollectionMs:0.00} ms minimal ({gcPause.MinimalRefused} refused)");

double FloorMs(long multiplyAdds) => 2.0 * multiplyAdds / (gflops * 1e9) * 1e3;
var singleMultiplyAdds = single.MultiplyAdds / calls;
var bulkMultiplyAdds = bulk.MultiplyAdds / (batches * batchSize);
var modelMs = single.Stages.First(s => s.Key == "model").Value.Elapsed.TotalMilliseconds / calls;
var report = new
{
    date = DateTime.UtcNow,
    machine = new { processors = Environment.ProcessorCount, threads = get_num_threads(), load_average_at_end = File.ReadAllText("/proc/loadavg").Trim() },
    model = version,
    allocator = serverAllocator ? "server's (2 glibc arenas, own mappings from 1 MB)" : "glibc default",
    reference_matmul_gflops = gflops,
    predict = new
    {
        neighbours = 5, candidates = 5, latency,
        stages = StageReport.PerCall(single, calls),
        multiply_adds_per_reaction = singleMultiplyAdds,
        arithmetic_floor_ms = FloorMs(singleMultiplyAdds),
        model_ms_over_floor = modelMs / FloorMs(singleMultiplyAdds),
        p50_over_floor = latency.P50Ms / FloorMs(singleMultiplyAdds),
    },
    predict_batch = new
    {
        batch_size = batchSize, chunk, neighbours = 0, candidates = 5, batches,
        reactions_per_second = reactionsPerSecond,
        stages = StageReport.PerCall(bulk, batches * batchSize),
        multiply_adds_per_reaction = bulkMultiplyAdds,
        arithmetic_floor_reactions_per_second = 1e3 / FloorMs(bulkMultiplyAdds),
        floor_over_measured = 1e3 / FloorMs(bulkMultiplyAdds) / reactionsPerSecond,
    },
    forward_stacked_vs_members_one_by_one = stacking,
    forward_stacked_smaller_passes_vs_members_one_by_one = chunking,
    forward_mmap_threshold = mapping,
    predict_one_thread_vs_default = threading,
    no_gc_region_start = gcPause,
};
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }) + "\n");
Console.Error.WriteLine($"wrote {output}");
return 0;

