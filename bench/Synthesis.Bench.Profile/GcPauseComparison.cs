using System.Diagnostics;
using System.Runtime;
using Synthesis.Models.Torch;

namespace Synthesis.Bench.Profile;

/// <summary>
/// What starting a no-GC region costs in this process's heap (the pause every inference batch takes, see
/// <see cref="GarbageCollectionPause"/>): with a full blocking collection first, and with the minimal one, interleaved.
/// </summary>
internal static class GcPauseComparison
{
    public sealed record Result(int Starts, double FullCollectionMs, double MinimalCollectionMs, int MinimalRefused);

    public static Result Run(int starts)
    {
        var budget = GarbageCollectionPause.ForInference(1);
        double full = 0, minimal = 0;
        var refused = 0;
        for (var i = 0; i < starts; i++)
        {
            full += Time(() => GC.TryStartNoGCRegion(budget));
            minimal += Time(() =>
            {
                var started = GC.TryStartNoGCRegion(budget, disallowFullBlockingGC: true);
                if (!started) refused++;
                return started;
            });
            _ = new byte[64 << 10]; // a request's garbage between batches
        }
        return new Result(starts, full / starts, minimal / starts, refused);
    }

    private static double Time(Func<bool> start)
    {
        var clock = Stopwatch.StartNew();
        var started = start();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        return elapsed;
    }
}
