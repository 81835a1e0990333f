using System.Diagnostics;

namespace Synthesis.Bench.Grpc;

/// <summary>Per-call latencies of a sequential run, bounded by a call count and a time budget.</summary>
public sealed record Latency(int Calls, double P50Ms, double P99Ms, double MeanMs, double MaxMs)
{
    public static async Task<Latency> Measure(int maxCalls, TimeSpan budget, Func<int, Task> call)
    {
        var samples = new List<double>(maxCalls);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < maxCalls && clock.Elapsed < budget; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call(i);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        samples.Sort();
        return new Latency(samples.Count, Percentile(samples, 0.50), Percentile(samples, 0.99), samples.Average(), samples[^1]);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
