using static TorchSharp.torch;

namespace Synthesis.Models.Properties;

/// <summary>
/// The robust L1 loss of Roost and Wren: the negative log-likelihood of a Laplace distribution whose mean μ and
/// log standard deviation log σ the network predicts, up to a constant,
/// L = mean over examples of √2 |y − μ| e^(−log σ) + log σ.
/// A Laplace with standard deviation σ has scale b = σ/√2, so L = |y − μ|/b + log b + log √2. σ is the aleatoric
/// uncertainty: the network learns to widen it where the data are noisy.
/// </summary>
public static class RobustLoss
{
    /// <param name="mean">[B] predicted μ</param>
    /// <param name="logStd">[B] predicted log σ</param>
    /// <param name="target">[B] y</param>
    public static Tensor Of(Tensor mean, Tensor logStd, Tensor target) =>
        (Math.Sqrt(2) * (target - mean).abs() * (-logStd).exp() + logStd).mean();
}
