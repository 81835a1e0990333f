using static TorchSharp.torch;

namespace Synthesis.Models.Properties;

/// <summary>
/// The ensemble's prediction from its members' outputs: value = mean of the members' μ, aleatoric σ = root mean
/// of their σ², epistemic σ = standard deviation of their μ (0 for one member), all in the target's unit.
/// </summary>
public static class EnsembleAverage
{
    /// <param name="outputs">each member's μ [B] and log σ [B] in normalised units</param>
    public static IEnumerable<PropertyPrediction> Combine(IReadOnlyList<(Tensor Mean, Tensor LogStd)> outputs, TargetScaling scaling)
    {
        var means = stack(outputs.Select(o => o.Mean).ToArray()).to(float64).cpu();
        var variances = stack(outputs.Select(o => (2 * o.LogStd).exp()).ToArray()).to(float64).cpu();
        var (mean, spread) = (means.mean([0]), outputs.Count > 1 ? means.std(0) : zeros_like(means[0]));
        var aleatoric = variances.mean([0]).sqrt();
        for (var i = 0; i < mean.shape[0]; i++)
            yield return new PropertyPrediction(mean[i].item<double>() * scaling.Scale + scaling.Mean,
                aleatoric[i].item<double>() * scaling.Scale, spread[i].item<double>() * scaling.Scale);
    }
}
