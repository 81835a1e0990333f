using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Wyckoff;
using Synthesis.Models.Network;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Wren;

/// <summary>
/// One Wren member: h⁰_i = A m_i ⊕ B s_i (matscholar200 m_i [200] → [d/2], Wyckoff embedding ⊕ fractional
/// multiplicity s_i [445] → [d/2]); L message-passing layers with soft attention weighted by the neighbours'
/// multiplicities w_j and residual updates; weighted attention pooling of each labelling's nodes [A, d]; the mean
/// over a structure's labellings [B, d]; a residual output network giving μ and log σ of the (normalised) target.
/// </summary>
public sealed class WrenNetwork : nn.Module
{
    private readonly Linear element;
    private readonly Linear site;
    private readonly ModuleList<MessagePassingLayer> layers = new();
    private readonly AttentionPooling pooling;
    private readonly ResidualMlp output;

    public WrenNetwork(WrenOptions options) : base(nameof(WrenNetwork))
    {
        element = nn.Linear(ElementTable.MatscholarDimension, options.HalfNodeSize);
        site = nn.Linear(WrenNode.SiteFeatureCount, options.HalfNodeSize);
        for (var l = 0; l < options.MessageLayers; l++) layers.Add(new MessagePassingLayer(options.NodeSize, 0, options.Heads, options.HiddenSize));
        pooling = new AttentionPooling(options.NodeSize, 0, options.PoolingHeads, options.HiddenSize);
        output = new ResidualMlp(options.NodeSize, options.OutputHidden, 2, leaky: false);
        RegisterComponents();
    }

    /// <returns>μ [B] and log σ [B] in normalised target units</returns>
    public (Tensor Mean, Tensor LogStd) Forward(WrenBatch batch)
    {
        var nodes = cat([element.forward(batch.Elements), site.forward(batch.Sites)], 1);
        var none = empty([nodes.shape[0], 0], device: nodes.device);
        foreach (var layer in layers) nodes = layer.Update(nodes, none, batch.Edges, batch.Weights);
        var labellings = pooling.Pool(nodes, none, batch.Membership, batch.Graphs, batch.Weights);
        var structures = zeros([batch.Count, labellings.shape[1]], device: nodes.device).index_add(0, batch.Structures, labellings, 1) / batch.LabellingCounts;
        var result = output.forward(structures);
        return (result[.., 0], result[.., 1]);
    }
}
