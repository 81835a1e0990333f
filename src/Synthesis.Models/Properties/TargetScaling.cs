namespace Synthesis.Models.Properties;

/// <summary>The target's mean and standard deviation on the training set: networks learn z = (y − mean) / scale.</summary>
public sealed record TargetScaling(double Mean, double Scale)
{
    public static TargetScaling Fit(IEnumerable<double> values)
    {
        var all = values.ToArray();
        var mean = all.Average();
        var scale = Math.Sqrt(all.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, all.Length - 1));
        return new TargetScaling(mean, scale > 0 ? scale : 1);
    }

    public float Normalise(double value) => (float)((value - Mean) / Scale);
}
