using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Synthesis.Models.Network;

/// <summary>Pools a graph's nodes (a reaction's precursors, a composition's elements) into one vector: per-head attention over the graph's nodes, heads averaged.</summary>
public sealed class AttentionPooling : nn.Module
{
    private readonly int _heads;
    private readonly int _size;
    private readonly Mlp gate;
    private readonly Mlp message;

    public AttentionPooling(int nodeSize, int actionSize, int heads, int hidden) : base(nameof(AttentionPooling))
    {
        _heads = heads;
        _size = nodeSize;
        gate = new Mlp(nodeSize + actionSize, [hidden], heads);
        message = new Mlp(nodeSize + actionSize, [hidden], heads * nodeSize);
        RegisterComponents();
    }

    /// <param name="nodes">[N, nodeSize]</param>
    /// <param name="context">[N, actionSize]</param>
    /// <param name="membership">[N] reaction of each node</param>
    /// <param name="reactions">number of reactions (graphs) in the batch</param>
    /// <param name="nodeWeights">[N] optional weight of each node (Roost: its fraction), attention a_i ∝ w_i exp(gate_i)</param>
    public Tensor Pool(Tensor nodes, Tensor context, Tensor membership, long reactions, Tensor? nodeWeights = null)
    {
        var input = cat([nodes, context], 1);
        var attention = SegmentSoftmax.Apply(gate.forward(input), membership, reactions, nodeWeights);
        var messages = message.forward(input).view(-1, _heads, _size);
        return zeros(reactions, _heads, _size, device: nodes.device)
            .index_add(0, membership, attention.unsqueeze(-1) * messages, Scalars.One)
            .mean([1]);
    }

}
