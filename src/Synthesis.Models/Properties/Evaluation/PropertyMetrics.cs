namespace Synthesis.Models.Properties.Evaluation;

/// <summary>Regression figures on a test set, in the target's unit.</summary>
public sealed record PropertyMetrics(int Count, double Mae, double Rmse)
{
    public static PropertyMetrics Of(IReadOnlyList<double> predicted, IReadOnlyList<double> truth)
    {
        if (predicted.Count != truth.Count || truth.Count == 0) throw new ArgumentException("need as many predictions as true values, at least one");
        var errors = predicted.Zip(truth, (p, t) => p - t).ToArray();
        return new PropertyMetrics(errors.Length, errors.Average(Math.Abs), Math.Sqrt(errors.Average(e => e * e)));
    }
}
