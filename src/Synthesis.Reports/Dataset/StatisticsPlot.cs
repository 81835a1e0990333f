using ScottPlot;
using Synthesis.Data.Statistics;

namespace Synthesis.Reports.Dataset;

/// <summary>One PNG with three panels: precursors per reaction, actions per reaction, and the commonest elements.</summary>
public static class StatisticsPlot
{
    private const int TopElements = 30;

    public static void SavePng(DatasetStatistics statistics, string path)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(3);
        Histogram(multiplot.GetPlot(0), statistics.PrecursorCounts, "Precursors per kept reaction", "precursors");
        Histogram(multiplot.GetPlot(1), statistics.ActionLengths, "Actions per kept reaction", "actions in sequence");
        Elements(multiplot.GetPlot(2), statistics.ElementFrequencies);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
        AtomicFile.Write(path, temporary => multiplot.SavePng(temporary, 1200, 1200));
    }

    private static void Histogram(Plot plot, IReadOnlyDictionary<int, int> counts, string title, string xLabel)
    {
        var bars = plot.Add.Bars(counts.Keys.Select(k => (double)k).ToArray(), counts.Values.Select(v => (double)v).ToArray());
        foreach (var bar in bars.Bars) bar.Label = bar.Value.ToString("N0");
        bars.ValueLabelStyle.FontSize = 11;
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel("reactions");
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        plot.Axes.SetLimitsX(counts.Keys.Min() - 0.6, counts.Keys.Max() + 0.6);
    }

    private static void Elements(Plot plot, IReadOnlyDictionary<string, int> frequencies)
    {
        var top = frequencies.Take(TopElements).ToArray();
        plot.Add.Bars(top.Select(e => (double)e.Value).ToArray());
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, top.Length).Select(i => (double)i).ToArray(), top.Select(e => e.Key).ToArray());
        plot.Title($"The {top.Length} commonest elements (kept reactions containing each, in precursors or target)");
        plot.YLabel("reactions");
        plot.Axes.Margins(bottom: 0, top: 0.05);
    }
}
