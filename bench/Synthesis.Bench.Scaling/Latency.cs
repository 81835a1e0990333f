using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Synthesis.Bench.Scaling;

/// <summary>
/// Per-call times of a sequence of calls, after a warm-up: wall p50, p99, mean (ms), and the calling thread's own CPU time
/// p50, p99 (ms, CLOCK_THREAD_CPUTIME_ID), which waiting for a shared core does not inflate. With one torch thread both
/// searches run on the calling thread, so its CPU time is the search's whole cost.
/// </summary>
public sealed record Latency(double P50Ms, double P99Ms, double MeanMs, double CpuP50Ms, double CpuP99Ms, int Calls)
{
    public static Latency Of<T>(IReadOnlyList<T> inputs, Action<T> call, int warmUp = 10)
    {
        foreach (var input in inputs.Take(warmUp)) call(input);
        var (wall, cpu) = (new double[inputs.Count], new double[inputs.Count]);
        var clock = new Stopwatch();
        for (var i = 0; i < inputs.Count; i++)
        {
            var cpuBefore = ThreadCpuMs();
            clock.Restart();
            call(inputs[i]);
            wall[i] = clock.Elapsed.TotalMilliseconds;
            cpu[i] = ThreadCpuMs() - cpuBefore;
        }
        Array.Sort(wall);
        Array.Sort(cpu);
        return new Latency(Round(Percentile(wall, 0.50)), Round(Percentile(wall, 0.99)), Round(wall.Average()),
            Round(Percentile(cpu, 0.50)), Round(Percentile(cpu, 0.99)), wall.Length);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Round(double ms) => Math.Round(ms, 4);

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID (Linux)

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static double ThreadCpuMs() => ClockGetTime(ThreadCpuClock, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : double.NaN;
}

/// <summary>This process's resident memory (VmRSS of /proc/self/status), MB, after a full garbage collection.</summary>
public static class ResidentMemory
{
    public static double Mb()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var line = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) / 1024.0;
    }
}
