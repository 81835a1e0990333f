using System.Text.Json;
using Grpc.Net.Client;
using Synthesis.Bench.Grpc;
using Synthesis.Bench.Reliability;
using Synthesis.Client;

// Reliability runs against a running server; each writes one JSON file (bench/reliability.sh starts the server).
//   first-start <host:port> <server pid> <output.json>   (started just before, on an empty database)
//   fuzz   <host:port> <requests per method> <server pid> <output.json>
//   soak   <host:port> <seconds> <clients> <server pid> <output.json>
//   memory <host:port> <predicts> <batches> <server pid> <output.json>
var (mode, address) = (args.ElementAtOrDefault(0) ?? "", args.ElementAtOrDefault(1) ?? "127.0.0.1:50051");
var startClock = System.Diagnostics.Stopwatch.StartNew();
using (var client = new SynthesisClient(address)) await Readiness.WaitUntilServing(client, TimeSpan.FromMinutes(30)); // a first start on a busy machine takes long
var secondsToServing = Math.Round(startClock.Elapsed.TotalSeconds, 1);
object report = mode switch
{
    "first-start" => new { seconds_to_serving = secondsToServing, rss_mb = ResidentMemory.Of(int.Parse(args[2])).Mb, rss_peak_mb = ResidentMemory.Of(int.Parse(args[2])).PeakMb },
    "fuzz" => await Fuzz(int.Parse(args[2]), int.Parse(args[3])),
    "soak" => await SoakFor(int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4])),
    "memory" => await MemoryRun.Run(address, int.Parse(args[4]), await FetchWorkload(), int.Parse(args[2]), int.Parse(args[3])),
    _ => throw new ArgumentException("usage: fuzz|soak|memory <host:port> … (see bench/README.md)"),
};
var json = JsonSerializer.Serialize(new { mode, address, date = DateTime.UtcNow, processors = Environment.ProcessorCount, report },
    new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
var output = args[^1];
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, json + "\n");
Console.WriteLine(json);

// The server's resident memory after each method (it must stay up and bounded), beside the statuses it answered.
async Task<object> Fuzz(int perMethod, int pid)
{
    using var channel = GrpcChannel.ForAddress("http://" + address);
    var before = ResidentMemory.Of(pid);
    var runs = new List<object>();
    foreach (var method in Fuzzer.Methods)
    {
        var run = await Fuzzer.Run(channel, method, perMethod, workers: 4, seed: 15);
        Console.WriteLine(run);
        runs.Add(new
        {
            method, run.Total, statuses = run.Statuses.ToDictionary(s => s.Key.ToString(), s => s.Value), faults = run.Faults.Count,
            examples = run.Faults.Take(5), rss_after_mb = ResidentMemory.Of(pid).Mb,
        });
    }
    return new { methods = runs, rss_before_mb = before.Mb, rss_after_mb = ResidentMemory.Of(pid).Mb, rss_peak_mb = ResidentMemory.Of(pid).PeakMb };
}

async Task<object> SoakFor(int seconds, int clients, int pid)
{
    var before = ResidentMemory.Of(pid);
    var soak = await Soak.Run(address, await FetchWorkload(), clients, TimeSpan.FromSeconds(seconds));
    return new { soak, rss_before_mb = before.Mb, rss_after_mb = ResidentMemory.Of(pid).Mb, rss_peak_mb = ResidentMemory.Of(pid).PeakMb };
}

async Task<SoakWorkload> FetchWorkload()
{
    using var client = new SynthesisClient(address);
    var workload = await Workload.Fetch(client, size: 100);
    return new SoakWorkload(workload.Ids, workload.Reactions, workload.SearchTexts);
}
