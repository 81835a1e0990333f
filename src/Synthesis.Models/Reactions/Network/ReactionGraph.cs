using TorchSharp;
using TorchSharp.Modules;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;
using Synthesis.Models.Network;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// The reaction graph: precursors' Magpie vectors mapped to node vectors, message passing over each
/// reaction's complete precursor graph with the action embedding in every update, attention pooling
/// to the reaction embedding r.
/// </summary>
public sealed class ReactionGraph : nn.Module, IReactionEncoder
{
    private readonly Linear embed;
    private readonly ModuleList<MessagePassingLayer> layers = new();
    private readonly AttentionPooling pooling;

    public ReactionGraph(ReactionModelOptions options) : base(nameof(ReactionGraph))
    {
        embed = nn.Linear(PrecursorFeaturizer.Dimension, options.NodeSize);
        for (var i = 0; i < options.MessageLayers; i++)
            layers.Add(new MessagePassingLayer(options.NodeSize, ActionAutoencoder.HiddenSize, options.Heads, options.HiddenSize));
        pooling = new AttentionPooling(options.NodeSize, ActionAutoencoder.HiddenSize, options.Heads, options.HiddenSize);
        RegisterComponents();
    }

    /// <summary>Reaction embeddings [batch, NodeSize] given action embeddings u [batch, 32].</summary>
    public Tensor Embed(ReactionBatch batch, Tensor actionEmbedding)
    {
        var nodes = embed.forward(batch.NodeFeatures);
        var context = actionEmbedding.index_select(0, batch.NodeReaction);
        var edges = stack([batch.EdgeSource, batch.EdgeTarget]);
        foreach (var layer in layers) nodes = layer.forward(nodes, context, edges);
        return pooling.Pool(nodes, context, batch.NodeReaction, batch.Size);
    }
}
