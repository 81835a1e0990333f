using Synthesis.Models.Properties;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Properties;

public sealed class RobustLossTests
{
    [Fact]
    public void Robust_loss_matches_the_laplace_likelihood_computed_by_hand()
    {
        // Row 1: √2·|2 − 1|·e⁰ + 0 = 1.4142136; row 2: √2·|−1 − 0|·e^(−ln 2) + ln 2 = 0.7071068 + 0.6931472 = 1.4002540.
        using var loss = RobustLoss.Of(tensor(new[] { 1f, 0f }), tensor(new[] { 0f, MathF.Log(2) }), tensor(new[] { 2f, -1f }));
        Assert.Equal((1.4142136 + 1.4002540) / 2, loss.item<float>(), 1e-5);
    }

    [Fact]
    public void Robust_loss_is_lowest_when_the_predicted_spread_matches_the_error()
    {
        // For a fixed error |y − μ| = e the loss √2 e/σ + log σ is smallest at σ = √2 e.
        float At(float sigma) => RobustLoss.Of(tensor(new[] { 0f }), tensor(new[] { MathF.Log(sigma) }), tensor(new[] { 0.5f })).item<float>();
        var best = At(MathF.Sqrt(2) * 0.5f);
        Assert.True(best < At(0.5f) && best < At(1.0f));
    }
}
