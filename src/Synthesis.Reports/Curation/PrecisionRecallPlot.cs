using System.Globalization;
using ScottPlot;
using Synthesis.Data.Curation;
using Synthesis.Data.Statistics;

namespace Synthesis.Reports.Curation;

/// <summary>The precision–recall curve of the seeded errors, with the point at the flag threshold marked.</summary>
public static class PrecisionRecallPlot
{
    public static void Write(string path, IReadOnlyList<RecallPoint> curve, double threshold, string title)
    {
        var plot = new Plot();
        var line = plot.Add.ScatterLine(curve.Select(p => p.Recall).ToArray(), curve.Select(p => p.Precision).ToArray());
        line.LegendText = "flags by score";
        var at = SeededRecall.At(curve, threshold);
        var marker = plot.Add.ScatterPoints(new[] { at.Recall }, new[] { at.Precision });
        marker.MarkerSize = 9;
        marker.LegendText = $"threshold {threshold.ToString("0.##", CultureInfo.InvariantCulture)}";
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.Title(title);
        plot.XLabel("recall of seeded errors");
        plot.YLabel("precision (seeded errors only; a lower bound)");
        plot.ShowLegend(Alignment.UpperRight);
        AtomicFile.Write(path, temporary => plot.SavePng(temporary, 900, 700));
    }
}
