using System.Runtime;

namespace Synthesis.Models.Torch;

/// <summary>
/// Holds garbage collection off while one batch of tensor work runs. TorchSharp 0.107 hands the Scalars it makes by
/// implicit conversion (every <c>a + b</c>, every Adam step) to libtorch without keeping them alive, so a collection
/// started by any thread during the native call can finalize one mid-call: "Expected false to be true ... Scalar.h",
/// or a wrong value read from freed memory. Without a collection there is no race. The region starts with a minimal
/// collection (the runtime only secures the budget, no marking) where the budget is free; only where it is not does it
/// fall back to a full blocking collection, which can cost milliseconds in a large heap (bench/README.md, "Profile of one Predict").
/// </summary>
public readonly struct GarbageCollectionPause : IDisposable
{
    /// <summary>
    /// Managed allocation a training batch may make before the runtime collects anyway (it then just leaves the
    /// region). Inference asks for what it needs instead (<see cref="ForInference"/>): the runtime must have the whole
    /// budget free before the region starts, so an oversized one only costs memory.
    /// </summary>
    public const long TrainingBudget = 128L << 20;

    private readonly bool _started;

    private GarbageCollectionPause(bool started) => _started = started;

    /// <summary>
    /// The budget for inference over <paramref name="reactions"/> reactions: twice what the shipped model's ensemble
    /// was measured to allocate (about 300 KB a call plus 17 KB a reaction: 0.3 MB for one, 9 MB for 512), at least 1 MB.
    /// </summary>
    public static long ForInference(int reactions) => Math.Max(1L << 20, 2 * (300L << 10) + 2 * (17L << 10) * reactions);

    public static GarbageCollectionPause Begin(long budget = TrainingBudget)
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return default;
        try
        {
            return new GarbageCollectionPause(GC.TryStartNoGCRegion(budget, disallowFullBlockingGC: true) || GC.TryStartNoGCRegion(budget));
        }
        catch (InvalidOperationException)
        {
            return default; // another thread started a region in between: it covers this batch too
        }
    }

    public void Dispose()
    {
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // the budget ran out and the runtime already left the region
        }
    }
}
