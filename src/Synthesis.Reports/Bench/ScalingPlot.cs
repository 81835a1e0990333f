using System.Globalization;
using ScottPlot;
using Synthesis.Data.Statistics;

namespace Synthesis.Reports.Bench;

/// <summary>One dataset size of the scaling bench: per-query top-10 times of both searches, whole Predict, recall@10.
/// The CPU times are the calling thread's own (what waiting for a shared core does not inflate).</summary>
public sealed record ScalingPoint(int Reactions, double ExactP50Ms, double ExactP99Ms, double ExactCpuP50Ms, double ApproximateP50Ms,
    double ApproximateP99Ms, double ApproximateCpuP50Ms, double PredictP50Ms, double PredictP99Ms, double PredictCpuP50Ms, double RecallAt10);

/// <summary>
/// Two panels, both log–log against the number of indexed reactions: the top-10 neighbour search (exact and approximate,
/// p50 and p99, with the per-query budget as a line) and whole single-reaction Predict calls (p50, p99).
/// </summary>
public static class ScalingPlot
{
    public static void Write(string path, IReadOnlyList<ScalingPoint> points, double budgetMs)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        var sizes = points.Select(p => Math.Log10(p.Reactions)).ToArray();

        var search = multiplot.GetPlot(0);
        Line(search, sizes, points.Select(p => p.ExactP50Ms), "exact, p50", Colors.Blue, LinePattern.Solid);
        Line(search, sizes, points.Select(p => p.ExactP99Ms), "exact, p99", Colors.Blue, LinePattern.Dashed);
        Line(search, sizes, points.Select(p => p.ExactCpuP50Ms), "exact, thread CPU p50", Colors.Blue, LinePattern.Dotted);
        Line(search, sizes, points.Select(p => p.ApproximateP50Ms), "approximate (HNSW), p50", Colors.OrangeRed, LinePattern.Solid);
        Line(search, sizes, points.Select(p => p.ApproximateP99Ms), "approximate (HNSW), p99", Colors.OrangeRed, LinePattern.Dashed);
        Line(search, sizes, points.Select(p => p.ApproximateCpuP50Ms), "approximate (HNSW), thread CPU p50", Colors.OrangeRed, LinePattern.Dotted);
        var budget = search.Add.HorizontalLine(Math.Log10(budgetMs));
        budget.LegendText = $"budget {budgetMs.ToString("0.##", CultureInfo.InvariantCulture)} ms";
        budget.Color = Colors.Gray;
        foreach (var point in points)
        {
            var label = search.Add.Text($"recall {point.RecallAt10.ToString("0.000", CultureInfo.InvariantCulture)}", Math.Log10(point.Reactions),
                Math.Log10(Math.Max(point.ApproximateP50Ms, 1e-3)));
            label.LabelFontSize = 10;
            label.LabelAlignment = Alignment.UpperCenter;
        }
        Axes(search, sizes, points.SelectMany(p => new[] { p.ExactP50Ms, p.ExactP99Ms, p.ApproximateP50Ms, p.ApproximateP99Ms, budgetMs }));
        search.Title("Top-10 neighbour search, one query at a time (recall@10 of the approximate index beside it)");
        search.YLabel("ms per query");

        var predict = multiplot.GetPlot(1);
        Line(predict, sizes, points.Select(p => p.PredictP50Ms), "Predict, p50", Colors.DarkGreen, LinePattern.Solid);
        Line(predict, sizes, points.Select(p => p.PredictP99Ms), "Predict, p99", Colors.DarkGreen, LinePattern.Dashed);
        Line(predict, sizes, points.Select(p => p.PredictCpuP50Ms), "Predict, thread CPU p50", Colors.DarkGreen, LinePattern.Dotted);
        Axes(predict, sizes, points.SelectMany(p => new[] { p.PredictP50Ms, p.PredictP99Ms, p.PredictCpuP50Ms }));
        predict.Title("Whole Predict (model, 5 neighbours from the index the size selects, 5 candidates), one reaction a call");
        predict.YLabel("ms per call");

        multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
        AtomicFile.Write(path, temporary => multiplot.SavePng(temporary, 1100, 1100));
    }

    private static void Line(Plot plot, double[] sizes, IEnumerable<double> milliseconds, string legend, Color color, LinePattern pattern)
    {
        var line = plot.Add.ScatterLine(sizes, milliseconds.Select(ms => Math.Log10(Math.Max(ms, 1e-3))).ToArray());
        line.LegendText = legend;
        line.Color = color;
        line.LinePattern = pattern;
        line.MarkerSize = 6;
    }

    /// <summary>Logarithmic axes drawn as log10 values with decade ticks: reactions 1k … 1M, milliseconds 0.01 … 1,000.</summary>
    private static void Axes(Plot plot, double[] sizes, IEnumerable<double> milliseconds)
    {
        var xs = Enumerable.Range((int)Math.Floor(sizes.Min()), (int)Math.Ceiling(sizes.Max()) - (int)Math.Floor(sizes.Min()) + 1).Select(e => (double)e).ToArray();
        plot.Axes.Bottom.SetTicks(xs, xs.Select(e => Math.Pow(10, e).ToString("N0", CultureInfo.InvariantCulture)).ToArray());
        var logs = milliseconds.Select(ms => Math.Log10(Math.Max(ms, 1e-3))).ToArray();
        var ys = Enumerable.Range((int)Math.Floor(logs.Min()), (int)Math.Ceiling(logs.Max()) - (int)Math.Floor(logs.Min()) + 1).Select(e => (double)e).ToArray();
        plot.Axes.Left.SetTicks(ys, ys.Select(e => Math.Pow(10, e).ToString("0.###", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimits(xs[0] - 0.1, xs[^1] + 0.1, ys[0] - 0.1, ys[^1] + 0.1);
        plot.XLabel("indexed reactions (log scale)");
        plot.ShowLegend(Alignment.UpperLeft);
    }
}
