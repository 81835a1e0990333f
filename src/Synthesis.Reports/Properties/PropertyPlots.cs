using ScottPlot;
using Synthesis.Models.Properties.Evaluation;
using Synthesis.Reports.Reactions;

namespace Synthesis.Reports.Properties;

/// <summary>Figures of a property model's test predictions: parity coloured by uncertainty, and error against uncertainty.</summary>
public static class PropertyPlots
{
    private const int Groups = 5;

    /// <summary>Predicted vs true value, points coloured by the quintile of their total uncertainty (viridis, dark = certain).</summary>
    public static void Parity(string path, BenchmarkPredictions predictions, string unit)
    {
        var plot = new Plot();
        var colormap = new ScottPlot.Colormaps.Viridis();
        foreach (var (q, low, high, members) in Quintiles(predictions.Uncertainty))
        {
            var series = plot.Add.ScatterPoints(members.Select(i => predictions.Truth[i]).ToArray(), members.Select(i => predictions.Predicted[i]).ToArray());
            series.Color = colormap.GetColor(q / (Groups - 1.0)).WithAlpha(0.6);
            series.MarkerSize = 4;
            series.LegendText = $"σ {low:0.00}–{high:0.00} {unit}";
        }
        var top = predictions.Truth.Concat(predictions.Predicted).Max() * 1.02;
        var diagonal = plot.Add.Line(0, 0, top, top);
        diagonal.Color = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        plot.Axes.SetLimits(0, top, 0, top);
        plot.Title($"{predictions.Name}: predicted vs measured (test set)");
        plot.XLabel($"measured ({unit})");
        plot.YLabel($"predicted ({unit})");
        plot.ShowLegend(Alignment.UpperLeft);
        EvaluationPlots.Save(plot, path);
    }

    /// <summary>
    /// Absolute error against predicted σ for every test row, with the mean absolute error of each uncertainty quintile
    /// and the line a calibrated Laplace σ implies (E|error| = σ/√2).
    /// </summary>
    public static void ErrorVersusUncertainty(string path, BenchmarkPredictions predictions, string unit)
    {
        var plot = new Plot();
        var errors = predictions.Truth.Zip(predictions.Predicted, (t, p) => Math.Abs(p - t)).ToArray();
        var points = plot.Add.ScatterPoints(predictions.Uncertainty, errors);
        points.Color = Colors.C0.WithAlpha(0.3);
        points.MarkerSize = 3;
        points.LegendText = "test rows";
        var quintiles = Quintiles(predictions.Uncertainty).ToArray();
        var means = plot.Add.Scatter(quintiles.Select(q => q.Members.Average(i => predictions.Uncertainty[i])).ToArray(),
            quintiles.Select(q => q.Members.Average(i => errors[i])).ToArray());
        means.Color = Colors.C1;
        means.LineWidth = 2;
        means.LegendText = "mean |error| of each σ quintile";
        var largest = predictions.Uncertainty.Max();
        var calibrated = plot.Add.Line(0, 0, largest, largest / Math.Sqrt(2));
        calibrated.Color = Colors.Gray;
        calibrated.LinePattern = LinePattern.Dashed;
        calibrated.LegendText = "calibrated: |error| = σ/√2";
        plot.Title($"{predictions.Name}: error vs predicted uncertainty (test set)");
        plot.XLabel($"total σ, aleatoric and epistemic ({unit})");
        plot.YLabel($"|predicted − measured| ({unit})");
        plot.ShowLegend(Alignment.UpperLeft);
        EvaluationPlots.Save(plot, path);
    }

    private static IEnumerable<(int Quintile, double Low, double High, int[] Members)> Quintiles(double[] uncertainty)
    {
        var order = Enumerable.Range(0, uncertainty.Length).OrderBy(i => uncertainty[i]).ToArray();
        for (var q = 0; q < Groups; q++)
        {
            var members = order[(order.Length * q / Groups)..(order.Length * (q + 1) / Groups)];
            if (members.Length > 0) yield return (q, uncertainty[members[0]], uncertainty[members[^1]], members);
        }
    }
}
