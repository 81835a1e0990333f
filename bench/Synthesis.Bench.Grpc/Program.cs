using System.Diagnostics;
using System.Text.Json;
using Synthesis.Bench.Grpc;
using Synthesis.Client;

// Load benchmark of a running server over loopback: sequential latencies and batch throughput, each bounded
// in calls and time. Usage: Synthesis.Bench.Grpc [host:port] [output.json]
var address = args.ElementAtOrDefault(0) ?? "127.0.0.1:50051";
var output = args.ElementAtOrDefault(1) ?? "results/bench/grpc.json";
var budget = TimeSpan.FromSeconds(20);

using var client = new SynthesisClient(address);
await Readiness.WaitUntilServing(client, TimeSpan.FromMinutes(10)); // a first start imports the dataset
var workload = await Workload.Fetch(client, size: 100);
var reactions = workload.Reactions;
if (reactions.Count == 0) throw new InvalidOperationException("the server returned no reactions to benchmark with");

await Latency.Measure(50, budget, i => client.PredictAsync(reactions[i % reactions.Count].Precursors, reactions[i % reactions.Count].Actions, 5)); // warm-up
var predict = await Latency.Measure(1000, budget, i => client.PredictAsync(reactions[i % reactions.Count].Precursors, reactions[i % reactions.Count].Actions, 5));

const int batchSize = 1024;
var batch = Enumerable.Range(0, batchSize).Select(i => reactions[i % reactions.Count]).ToList();
var batches = 0;
var batchClock = Stopwatch.StartNew();
while (batches < 10 && batchClock.Elapsed < budget)
{
    await foreach (var _ in client.PredictBatchAsync(batch)) { }
    batches++;
}
var reactionsPerSecond = batches * batchSize / batchClock.Elapsed.TotalSeconds;

var similar = await Latency.Measure(1000, budget, i => client.SimilarAsync(workload.Ids[i % workload.Ids.Count], k: 10));
var search = await Latency.Measure(200, budget, i => client.SearchAsync(workload.SearchTexts[i % workload.SearchTexts.Count]));
var filtered = await Latency.Measure(200, budget, i => client.SearchAsync(workload.SearchTexts[i % workload.SearchTexts.Count], contains: ["O"], excludes: ["Ni"]));

var modelVersion = (await client.PredictAsync(reactions[0].Precursors, reactions[0].Actions, 0)).ModelVersion;
var report = new
{
    address,
    date = DateTime.UtcNow,
    processors = Environment.ProcessorCount,
    model_version = modelVersion,
    dataset_reactions = workload.DatasetSize,
    predict_5_neighbours = predict,
    predict_batch = new { batch_size = batchSize, batches, reactions_per_second = Math.Round(reactionsPerSecond) },
    similar_top10 = similar,
    fuzzy_search = search,
    fuzzy_search_with_element_filter = filtered,
    targets = new
    {
        predict_p50_below_5ms = predict.P50Ms < 5,
        predict_batch_at_least_2000_per_s = reactionsPerSecond >= 2000,
        similar_p50_below_2ms = similar.P50Ms < 2,
    },
};
var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, json + "\n");
Console.WriteLine(json);
