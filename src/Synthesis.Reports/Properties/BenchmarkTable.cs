using System.Globalization;
using System.Text;
using Synthesis.Data.Statistics;
using Synthesis.Models.Properties.Evaluation;

namespace Synthesis.Reports.Properties;

/// <summary>A property benchmark as a Markdown table (table.md), ours beside the published figures.</summary>
public static class BenchmarkTable
{
    public static string Markdown(PropertyBenchmark benchmark)
    {
        var text = new StringBuilder();
        text.AppendLine($"{benchmark.Dataset} ({benchmark.Target}, {benchmark.Unit}); {benchmark.Split}; {benchmark.TestRows} test rows.");
        text.AppendLine();
        var folds = benchmark.Rows.Any(r => r.FoldSummary is not null);
        text.AppendLine($"| model | trained |{(folds ? " MAE over folds, mean ± sd |" : "")} MAE ({benchmark.Unit}) | RMSE | thesis MAE | thesis RMSE | MAE, most certain half |");
        text.AppendLine(folds ? "|---|---|---|---|---|---|---|---|" : "|---|---|---|---|---|---|---|");
        foreach (var row in benchmark.Rows)
            text.AppendLine($"| {row.Name} | {row.Trained} |{(folds ? $" {Spread(row)} |" : "")} {F(row.Metrics.Mae)} | {F(row.Metrics.Rmse)} | {F(row.PublishedMae)} | {F(row.PublishedRmse)} | {F(row.MostCertainHalf?.Mae)} |");
        return text.ToString();
    }

    public static void Write(string path, PropertyBenchmark benchmark) => AtomicFile.Write(path, temporary => File.WriteAllText(temporary, Markdown(benchmark)));

    private static string Spread(BenchmarkRow row) => row.FoldSummary is var (mean, spread) ? $"{F(mean)} ± {F(spread)}" : "—";

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
