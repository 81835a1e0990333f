namespace Synthesis.Models.Reactions;

/// <summary>
/// The ensemble's answer for a batch, as plain arrays indexed [reaction][vocabulary element]:
/// element probabilities (mean over classifier members), the chosen product elements, fractions
/// (mean and std over regressor members), the overall uncertainty sqrt(trace of the members' covariance),
/// and the averaged reaction embedding r̄ used for neighbours.
/// </summary>
public sealed record ModelOutput(
    float[][] Probabilities,
    bool[][] Present,
    float[][] Fractions,
    float[][] FractionStd,
    float[] Uncertainty,
    float[][] Embeddings);
