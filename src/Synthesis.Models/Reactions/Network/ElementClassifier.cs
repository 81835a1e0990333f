using TorchSharp;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// One classifier ensemble member: its own reaction graph, then an MLP to one logit per vocabulary element.
/// The alchemy mask (only precursor elements and O) is applied by <see cref="AlchemyMask"/>.
/// </summary>
public sealed class ElementClassifier : nn.Module
{
    private readonly ReactionGraph graph;
    private readonly Mlp head;

    public ElementClassifier(ReactionModelOptions options, int elements) : base(nameof(ElementClassifier))
    {
        graph = new ReactionGraph(options);
        head = new Mlp(options.NodeSize, options.ClassifierHidden, elements);
        RegisterComponents();
    }

    public (Tensor Embedding, Tensor Logits) Forward(ReactionBatch batch, Tensor actionEmbedding)
    {
        var embedding = graph.Embed(batch, actionEmbedding);
        return (embedding, head.forward(embedding));
    }
}
