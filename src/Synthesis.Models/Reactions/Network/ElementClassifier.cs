using TorchSharp;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;
using Synthesis.Models.Network;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// One classifier ensemble member: its own encoder (the reaction graph, or the Magpie baseline's), then an MLP
/// to one logit per vocabulary element.
/// The alchemy mask (only precursor elements and O) is applied by <see cref="AlchemyMask"/>.
/// </summary>
public sealed class ElementClassifier : nn.Module
{
    private readonly nn.Module encoder;
    private readonly Mlp head;

    public ElementClassifier(ReactionModelOptions options, int elements) : base(nameof(ElementClassifier))
    {
        encoder = options.Encoder == ReactionEncoderKind.MagpieSlots ? new MagpieSlotEncoder(options) : new ReactionGraph(options);
        head = new Mlp(options.NodeSize, options.ClassifierHidden, elements);
        RegisterComponents();
    }

    public (Tensor Embedding, Tensor Logits) Forward(ReactionBatch batch, Tensor actionEmbedding)
    {
        var embedding = ((IReactionEncoder)encoder).Embed(batch, actionEmbedding);
        return (embedding, head.forward(embedding));
    }
}
