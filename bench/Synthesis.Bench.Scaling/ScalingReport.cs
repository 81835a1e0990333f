using Synthesis.Models.Reactions.Neighbours;
using Synthesis.Reports.Bench;

namespace Synthesis.Bench.Scaling;

/// <summary>What results/bench/scaling.json holds: the run's setting, every size's figures, and where exact search leaves the budget.</summary>
public sealed record ScalingReport(
    DateTime MeasuredUtc, int ProcessorCount, int TorchThreads, string ModelVersion, int EmbeddingSize, int RealIndexedReactions,
    NeighbourSearchOptions Options, double BudgetMs, int? ExactCrossesBudgetAt, int? ExactP99CrossesBudgetAt,
    IReadOnlyList<SizeFigures> Sizes, IReadOnlyList<ScalingPoint> Points)
{
    /// <summary>The per-query budget of a top-10 search (the speed issue's).</summary>
    public const double Budget = 2.0;

    public static ScalingReport From(IReadOnlyList<SizeFigures> sizes, NeighbourSearchOptions options, int threads, int processors, string model,
        int embeddingSize, int realIndexed)
    {
        var points = sizes.Select(s => new ScalingPoint(s.Reactions, s.Exact.Top10.P50Ms, s.Exact.Top10.P99Ms, s.Exact.Top10.CpuP50Ms,
            s.Approximate.Top10.P50Ms, s.Approximate.Top10.P99Ms, s.Approximate.Top10.CpuP50Ms, s.Predict.P50Ms, s.Predict.P99Ms,
            s.Predict.CpuP50Ms, s.Approximate.RecallAt10)).ToArray();
        return new ScalingReport(DateTime.UtcNow, processors, threads, model, embeddingSize, realIndexed, options, Budget,
            Crossing(points, p => p.ExactP50Ms), Crossing(points, p => p.ExactP99Ms), sizes, points);
    }

    /// <summary>The plot's points read back from a report's JSON (snake_case), to draw it again without measuring.</summary>
    public static (IReadOnlyList<ScalingPoint> Points, double BudgetMs) PointsOf(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        return (root.GetProperty("points").EnumerateArray().Select(p => new ScalingPoint(p.GetProperty("reactions").GetInt32(),
            Ms(p, "exact_p50_ms"), Ms(p, "exact_p99_ms"), Ms(p, "exact_cpu_p50_ms"), Ms(p, "approximate_p50_ms"), Ms(p, "approximate_p99_ms"),
            Ms(p, "approximate_cpu_p50_ms"), Ms(p, "predict_p50_ms"), Ms(p, "predict_p99_ms"), Ms(p, "predict_cpu_p50_ms"), Ms(p, "recall_at10"))).ToArray(),
            root.GetProperty("budget_ms").GetDouble());
    }

    private static double Ms(System.Text.Json.JsonElement point, string name) => point.GetProperty(name).GetDouble();

    /// <summary>
    /// The size where a time first exceeds the budget, interpolated on log size and log time between the two sizes around
    /// it; null if it never does (or already does at the smallest size).
    /// </summary>
    public static int? Crossing(IReadOnlyList<ScalingPoint> points, Func<ScalingPoint, double> time)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            if (time(a) > Budget || time(b) <= Budget) continue;
            var (x0, x1, y0, y1) = (Math.Log(a.Reactions), Math.Log(b.Reactions), Math.Log(time(a)), Math.Log(time(b)));
            return (int)Math.Round(Math.Exp(x0 + (Math.Log(Budget) - y0) * (x1 - x0) / (y1 - y0)));
        }
        return null;
    }
}
