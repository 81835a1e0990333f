using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Encoding;

/// <summary>
/// A batch of reactions flattened for message passing: precursor nodes, the directed edges of each
/// reaction's complete graph, padded action sequences, the alchemy mask, each element's share of an equal-parts
/// precursor mixture, and (when known) the products.
/// </summary>
public sealed record ReactionBatch(
    IReadOnlyList<ReactionExample> Examples,
    Tensor NodeFeatures,
    Tensor NodeReaction,
    Tensor EdgeSource,
    Tensor EdgeTarget,
    Tensor Actions,
    Tensor ActionLengths,
    Tensor AllowedMask,
    Tensor PrecursorMixture,
    Tensor? ProductPresence,
    Tensor? ProductFractions) : IDisposable
{
    public int Size => Examples.Count;

    /// <summary>Frees the tensors now; batches built inside a dispose scope need not be disposed.</summary>
    public void Dispose()
    {
        foreach (var tensor in new[] { NodeFeatures, NodeReaction, EdgeSource, EdgeTarget, Actions, ActionLengths, AllowedMask, PrecursorMixture, ProductPresence, ProductFractions })
            tensor?.Dispose();
    }
}
