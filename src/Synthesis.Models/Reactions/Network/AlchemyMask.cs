using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// No alchemy: a product can only contain elements brought by its precursors, plus oxygen from the air.
/// Forbidden elements get probability exactly 0 and take no part in the loss.
/// </summary>
public static class AlchemyMask
{
    public static Tensor Probabilities(Tensor logits, Tensor allowed) => sigmoid(logits) * allowed;

    /// <summary>Binary cross-entropy over the allowed (reaction, element) pairs only.</summary>
    public static Tensor Loss(Tensor logits, Tensor presence, Tensor allowed) =>
        nn.functional.binary_cross_entropy_with_logits(logits, presence, weight: allowed, reduction: nn.Reduction.Sum) / allowed.sum().clamp_min(1);
}
