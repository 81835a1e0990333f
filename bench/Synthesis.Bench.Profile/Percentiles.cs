namespace Synthesis.Bench.Profile;

/// <summary>p50 / p99 / mean / max of per-call milliseconds.</summary>
internal sealed record Percentiles(int Calls, double P50Ms, double P99Ms, double MeanMs, double MaxMs)
{
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
        return new Percentiles(sorted.Length, At(0.50), At(0.99), sorted.Average(), sorted[^1]);
    }
}
