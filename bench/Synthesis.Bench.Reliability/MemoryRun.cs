using System.Diagnostics;
using Synthesis.Client;

namespace Synthesis.Bench.Reliability;

/// <summary>
/// Resident memory of a server process over many calls: <c>predicts</c> Predict calls (8 clients at once), then
/// <c>batches</c> PredictBatch calls of 1,024 reactions, sampling RSS after every tenth of each phase. The issue's
/// targets: ≤ 1.5 GB after 10,000 Predict and 50 batches, ≤ 5 % growth over the second half.
/// </summary>
public static class MemoryRun
{
    private const int Clients = 8;
    private const int BatchSize = 1024;

    public static async Task<object> Run(string address, int pid, SoakWorkload workload, int predicts, int batches)
    {
        using var client = new SynthesisClient(address);
        var samples = new List<(string After, ResidentMemory Memory)> { ("start", ResidentMemory.Of(pid)) };
        var latencies = new List<double>();
        var errors = 0;
        var gate = new Lock();
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (var i = c; i < predicts; i += Clients)
            {
                var reaction = workload.Reactions[i % workload.Reactions.Count];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await client.PredictAsync(reaction.Precursors, reaction.Actions, neighbours: 5);
                }
                catch (SynthesisException)
                {
                    Interlocked.Increment(ref errors);
                }
                lock (gate)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (++done % Math.Max(1, predicts / 10) == 0) samples.Add(($"{done} predict", ResidentMemory.Of(pid)));
                }
            }
        })));
        var predictSamples = samples.Count;
        var batch = Enumerable.Range(0, BatchSize).Select(i => workload.Reactions[i % workload.Reactions.Count]).ToList();
        var batchClock = Stopwatch.StartNew();
        for (var b = 1; b <= batches; b++)
        {
            try
            {
                await foreach (var _ in client.PredictBatchAsync(batch)) { }
            }
            catch (SynthesisException)
            {
                errors++;
            }
            if (b % Math.Max(1, batches / 10) == 0) samples.Add(($"{b} batches", ResidentMemory.Of(pid)));
        }
        latencies.Sort();
        var middle = samples[samples.Count / 2].Memory.Mb;
        var end = samples[^1].Memory.Mb;
        // Each phase against its own middle: batches of 1,024 need a larger working set than single calls, so the
        // step between the phases is not growth; a leak shows as a rise within a phase.
        var predictGrowth = Growth(samples[predictSamples / 2].Memory.Mb, samples[predictSamples - 1].Memory.Mb);
        var batchGrowth = samples.Count > predictSamples ? Growth(samples[predictSamples + (samples.Count - predictSamples) / 2].Memory.Mb, end) : 0;
        return new
        {
            predicts,
            batches,
            batch_size = BatchSize,
            errors,
            predict_p50_ms = Soak.Percentile(latencies, 0.50),
            predict_p99_ms = Soak.Percentile(latencies, 0.99),
            batch_reactions_per_second = batches == 0 ? 0 : Math.Round(batches * BatchSize / batchClock.Elapsed.TotalSeconds),
            rss_before_mb = samples[0].Memory.Mb,
            rss_after_mb = end,
            rss_peak_mb = samples[^1].Memory.PeakMb,
            second_half_growth_percent = Growth(middle, end),
            predict_second_half_growth_percent = predictGrowth,
            batch_second_half_growth_percent = batchGrowth,
            samples = samples.Select(s => new { after = s.After, rss_mb = s.Memory.Mb }),
        };
    }

    private static double Growth(double from, double to) => Math.Round(100 * (to - from) / from, 1);
}
