using TorchSharp;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;
using Synthesis.Models.Network;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// The thesis' Magpie baseline encoder: the precursors' standardised Magpie vectors concatenated in fixed
/// slots (as written; missing slots zero) with the action embedding, through one hidden layer.
/// </summary>
public sealed class MagpieSlotEncoder : nn.Module, IReactionEncoder
{
    public const int Slots = 3;
    private readonly Mlp network;

    public MagpieSlotEncoder(ReactionModelOptions options) : base(nameof(MagpieSlotEncoder))
    {
        network = new Mlp(Slots * PrecursorFeaturizer.Dimension + ActionAutoencoder.HiddenSize, [options.HiddenSize], options.NodeSize);
        RegisterComponents();
    }

    public Tensor Embed(ReactionBatch batch, Tensor actionEmbedding)
    {
        var (slot, largest) = SegmentSoftmax.Positions(batch.NodeReaction, batch.Size);
        if (largest > Slots) throw new ArgumentException($"the Magpie baseline takes at most {Slots} precursors; train it with --max-precursors {Slots}");
        var slots = zeros(batch.Size, Slots, PrecursorFeaturizer.Dimension, device: batch.NodeFeatures.device);
        slots.index_put_(batch.NodeFeatures, batch.NodeReaction, slot);
        return network.forward(cat([slots.flatten(1), actionEmbedding], 1));
    }
}
