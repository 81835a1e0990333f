using System.Diagnostics;
using Grpc.Core;
using Synthesis.Client;

namespace Synthesis.Bench.Reliability;

/// <summary>Real reactions to drive a soak with: ids, inputs, and search texts.</summary>
public sealed record SoakWorkload(IReadOnlyList<string> Ids, IReadOnlyList<ReactionInput> Reactions, IReadOnlyList<string> SearchTexts);

/// <summary>What a soak saw: calls, errors by status (with a few examples), and latency percentiles over all calls.</summary>
public sealed record SoakReport(int Clients, double Seconds, int Calls, int Errors, IReadOnlyDictionary<string, int> ErrorsByStatus,
    IReadOnlyList<string> ErrorExamples, double P50Ms, double P99Ms, double MaxMs, IReadOnlyDictionary<string, int> CallsByKind);

/// <summary>
/// Many concurrent clients, each calling in a loop until the time is up, a mix of calls as a busy service sees
/// them: Predict 5 in 10, SimilarReactions 1, SearchReactions 2, GetReaction 1, and a PredictBatch of 16 1 in 10.
/// Every error counts (the server must answer all of them within its queues' bounds).
/// </summary>
public static class Soak
{
    private static readonly string[] Kinds = ["predict", "predict", "predict", "predict", "predict", "similar", "search", "search", "get", "batch"];

    public static async Task<SoakReport> Run(string address, SoakWorkload workload, int clients, TimeSpan duration)
    {
        using var client = new SynthesisClient(address);
        var latencies = new List<double>();
        var errors = new List<(StatusCode Code, string Detail)>();
        var calls = Kinds.Distinct().ToDictionary(k => k, _ => 0);
        var gate = new Lock();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var i = c; clock.Elapsed < duration; i += clients)
            {
                var kind = Kinds[i % Kinds.Length];
                var started = Stopwatch.GetTimestamp();
                StatusCode? failed = null;
                var detail = "";
                try
                {
                    await Call(client, workload, kind, i);
                }
                catch (SynthesisException e)
                {
                    (failed, detail) = (e.Status, e.Detail);
                }
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (gate)
                {
                    latencies.Add(elapsed);
                    calls[kind]++;
                    if (failed is { } code) errors.Add((code, $"{kind}: {code} {detail}"));
                }
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        return new SoakReport(clients, Math.Round(seconds, 1), latencies.Count, errors.Count,
            errors.GroupBy(e => e.Code.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            errors.Select(e => e.Detail).Distinct().Take(5).ToList(),
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Count == 0 ? 0 : latencies[^1], calls);
    }

    private static async Task Call(SynthesisClient client, SoakWorkload workload, string kind, int i)
    {
        var reaction = workload.Reactions[i % workload.Reactions.Count];
        var id = workload.Ids[i % workload.Ids.Count];
        switch (kind)
        {
            case "predict":
                await client.PredictAsync(reaction.Precursors, reaction.Actions, neighbours: 5);
                break;
            case "similar":
                await client.SimilarAsync(id, k: 10);
                break;
            case "search":
                await client.SearchAsync(workload.SearchTexts[i % workload.SearchTexts.Count]);
                break;
            case "get":
                await client.GetReactionAsync(id);
                break;
            default:
                var batch = Enumerable.Range(i, 16).Select(j => workload.Reactions[j % workload.Reactions.Count]).ToList();
                await foreach (var _ in client.PredictBatchAsync(batch)) { }
                break;
        }
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[(int)Math.Ceiling(p * sorted.Count) - 1], 2);
}
