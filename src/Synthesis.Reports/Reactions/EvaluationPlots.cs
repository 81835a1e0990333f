using ScottPlot;
using Synthesis.Data.Statistics;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Evaluation;

namespace Synthesis.Reports.Reactions;

/// <summary>The evaluation figures, as PNG files written atomically.</summary>
public static class EvaluationPlots
{
    /// <summary>True vs predicted fraction of every (reaction, element), coloured by the reaction's uncertainty quintile.</summary>
    public static void Parity(string path, IReadOnlyList<(Composition Truth, Composition Predicted)> pairs, float[] uncertainty)
    {
        var plot = new Plot();
        var cuts = uncertainty.Order().ToArray();
        var colormap = new ScottPlot.Colormaps.Viridis();
        for (var q = 0; q < 5; q++)
        {
            var (low, high) = (cuts[cuts.Length * q / 5], cuts[Math.Min(cuts.Length - 1, cuts.Length * (q + 1) / 5)]);
            var members = Enumerable.Range(0, pairs.Count).Where(i => uncertainty[i] >= low && (q == 4 ? uncertainty[i] <= high : uncertainty[i] < high));
            var points = members.SelectMany(i =>
            {
                var (t, p) = (pairs[i].Truth.Normalised(), pairs[i].Predicted.Normalised());
                return t.Elements.Union(p.Elements).Select(e => (X: t[e], Y: p[e]));
            }).ToArray();
            if (points.Length == 0) continue;
            var series = plot.Add.ScatterPoints(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
            series.Color = colormap.GetColor(q / 4.0).WithAlpha(0.5);
            series.MarkerSize = 3;
            series.LegendText = $"uncertainty {low:0.000}–{high:0.000}";
        }
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.Color = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.Title("Product fractions: predicted vs recorded (test set)");
        plot.XLabel("recorded fraction");
        plot.YLabel("predicted fraction");
        plot.ShowLegend(Alignment.UpperLeft);
        Save(plot, path);
    }

    /// <summary>Share of test reactions whose prediction lies within each EleMD, model vs Null.</summary>
    public static void CumulativeElementMovers(string path, double[] model, double[] baseline)
    {
        var plot = new Plot();
        AddCumulative(plot, model, "reaction model", Colors.C0);
        AddCumulative(plot, baseline, "Null baseline", Colors.C1);
        var two = plot.Add.VerticalLine(2);
        two.LinePattern = LinePattern.Dotted;
        two.Color = Colors.Gray;
        plot.Title("Cumulative share of reactions within an Element Mover's Distance");
        plot.XLabel("EleMD threshold");
        plot.YLabel("share of test reactions");
        plot.Axes.SetLimits(0, Math.Max(10, model.Concat(baseline).Order().ElementAt((int)(0.95 * (model.Length + baseline.Length - 1)))), 0, 1);
        plot.ShowLegend(Alignment.LowerRight);
        Save(plot, path);
    }

    /// <summary>Mean error of the kept reactions as the most uncertain predictions are removed.</summary>
    public static void UncertaintyRemoval(string path, IReadOnlyList<UncertaintyStep> steps)
    {
        var plot = new Plot();
        var emd = plot.Add.Scatter(steps.Select(s => s.RemovedFraction * 100).ToArray(), steps.Select(s => s.MeanElementMovers).ToArray());
        emd.LegendText = "mean EleMD";
        plot.Title("Error after removing the most uncertain predictions");
        plot.XLabel("most uncertain predictions removed (%)");
        plot.YLabel("mean EleMD of the rest");
        plot.ShowLegend(Alignment.UpperRight);
        Save(plot, path);
    }

    /// <summary>Reliability diagram: per bin of top-candidate probability, the share of right top-1 answers, against the diagonal.</summary>
    public static void Reliability(string path, IReadOnlyList<ReliabilityBin> bins)
    {
        var plot = new Plot();
        var filled = bins.Where(b => b.Count > 0).ToArray();
        var bars = plot.Add.Bars(filled.Select(b => (b.From + b.To) / 2).ToArray(), filled.Select(b => b.Accuracy).ToArray());
        foreach (var bar in bars.Bars) bar.Size = 0.09;
        bars.LegendText = "share of right top-1";
        var confidence = plot.Add.ScatterPoints(filled.Select(b => (b.From + b.To) / 2).ToArray(), filled.Select(b => b.MeanConfidence).ToArray());
        confidence.LegendText = "mean probability in the bin";
        confidence.Color = Colors.C1;
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.Color = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        foreach (var b in filled) plot.Add.Text($"{b.Count}", (b.From + b.To) / 2 - 0.02, Math.Min(0.97, b.Accuracy + 0.03));
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.Title("Top candidate: probability vs share right (test set; bar labels: reactions)");
        plot.XLabel("probability of the top candidate");
        plot.YLabel("share whose top candidate is the recorded product");
        plot.ShowLegend(Alignment.UpperLeft);
        Save(plot, path);
    }

    private static void AddCumulative(Plot plot, double[] values, string label, Color color)
    {
        var sorted = values.Order().ToArray();
        var line = plot.Add.Scatter(sorted, sorted.Select((_, i) => (i + 1) / (double)sorted.Length).ToArray());
        line.MarkerSize = 0;
        line.Color = color;
        line.LegendText = label;
    }

    internal static void Save(Plot plot, string path) => AtomicFile.Write(path, temporary => plot.SavePng(temporary, 900, 700));
}
