using Synthesis.Chemistry.Elements;
using Synthesis.Models.Network;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Roost;

/// <summary>
/// One Roost member: h⁰_i = A m_i ⊕ w_i (matscholar200 m_i [200] → [d−1], fraction w_i); L message-passing layers with
/// fraction-weighted soft attention and residual updates; weighted attention pooling of the nodes; a residual output
/// network giving μ and log σ of the (normalised) target.
/// </summary>
public sealed class RoostNetwork : nn.Module
{
    private readonly Linear embedding;
    private readonly ModuleList<MessagePassingLayer> layers = new();
    private readonly AttentionPooling pooling;
    private readonly ResidualMlp output;

    public RoostNetwork(RoostOptions options) : base(nameof(RoostNetwork))
    {
        embedding = nn.Linear(ElementTable.MatscholarDimension, options.NodeSize - 1);
        for (var l = 0; l < options.MessageLayers; l++) layers.Add(new MessagePassingLayer(options.NodeSize, 0, options.Heads, options.HiddenSize));
        pooling = new AttentionPooling(options.NodeSize, 0, options.PoolingHeads, options.HiddenSize);
        output = new ResidualMlp(options.NodeSize, options.OutputHidden, 2, leaky: false);
        RegisterComponents();
    }

    /// <returns>μ [B] and log σ [B] in normalised target units</returns>
    public (Tensor Mean, Tensor LogStd) Forward(CompositionBatch batch)
    {
        var nodes = cat([embedding.forward(batch.Elements), batch.Fractions.unsqueeze(1)], 1);
        var none = empty([nodes.shape[0], 0], device: nodes.device);
        foreach (var layer in layers) nodes = layer.Update(nodes, none, batch.Edges, batch.Fractions);
        var pooled = pooling.Pool(nodes, none, batch.Membership, batch.Count, batch.Fractions);
        var result = output.forward(pooled);
        return (result[.., 0], result[.., 1]);
    }
}
