using System.Diagnostics;
using static TorchSharp.torch;

namespace Synthesis.Models.Profiling;

/// <summary>What the cores can do right now: the arithmetic reference every speed figure is set beside.</summary>
public static class MatmulThroughput
{
    /// <summary>Best of five dense 1024³ float32 matrix products (2 · 1024³ flop each), in GFLOP/s.</summary>
    public static double Gflops()
    {
        using var scope = NewDisposeScope();
        var (a, b) = (randn(1024, 1024), randn(1024, 1024));
        a.matmul(b);
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            a.matmul(b).sum().item<float>();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return 2.0 * 1024 * 1024 * 1024 / best / 1e9;
    }
}
