using System.Text.Json.Serialization;

namespace Synthesis.Models.Properties.Evaluation;

/// <summary>
/// metrics.json of a property benchmark (e.g. thesis Table 4.2): one row per model on the same held-out rows, our
/// figures beside the published ones, and the size of what was trained (members, epochs) so no figure is read as
/// the published schedule's when it is not.
/// </summary>
public sealed record PropertyBenchmark(string Dataset, string Target, string Unit, string Split, int TestRows, IReadOnlyList<BenchmarkRow> Rows);

/// <param name="Trained">what was trained, in words: members, epochs run, pre-training</param>
/// <param name="FoldMae">under cross-validation, each fold's MAE (the table gives their mean ± standard deviation)</param>
public sealed record BenchmarkRow(string Name, string Trained, PropertyMetrics Metrics, double? PublishedMae, double? PublishedRmse,
    PropertyMetrics? MostCertainHalf = null, IReadOnlyList<double>? FoldMae = null)
{
    /// <summary>Mean and sample standard deviation of <see cref="FoldMae"/>; null without folds (not written: it follows from them).</summary>
    [JsonIgnore]
    public (double Mean, double Spread)? FoldSummary => FoldMae is { Count: > 1 } folds
        ? (folds.Average(), Math.Sqrt(folds.Sum(m => (m - folds.Average()) * (m - folds.Average())) / (folds.Count - 1)))
        : null;
}

/// <summary>One model's test predictions, for the plots: truth, prediction and total uncertainty (NaN without one).</summary>
public sealed record BenchmarkPredictions(string Name, string File, double[] Truth, double[] Predicted, double[] Uncertainty);
