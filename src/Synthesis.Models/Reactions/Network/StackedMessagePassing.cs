using Synthesis.Models.Network;
using Synthesis.Models.Profiling;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// One <see cref="MessagePassingLayer"/> of all M members, rearranged for inference into four batched products:
/// h_i ← h_i + mean over heads of Σ_j a_ij g(h_i ⊕ h_j ⊕ u), same function.
/// <list type="number">
/// <item>node projections: (h ⊕ u) [M, N, D + A] · [W_target | W_source; 0] [M, D + A, 4HK] → both halves of every
/// node's hidden-layer input in one product (the source half ignores u: its rows for u are zero);</item>
/// <item>edges: z_ij = leaky_relu(T_i + S_j) [M, E, 2HK] (gate heads | message heads);</item>
/// <item>gate: e_ij = z_ij^gate · blockdiag(w_1 … w_H) [M, HK, H] + b, softmax over each node's incoming edges;</item>
/// <item>messages aggregated before their output layer, since Σ_j a_ij = 1:
/// Σ_j a_ij (z_ij W_h + b_h) = (Σ_j a_ij z_ij) W_h + b_h, so the mean over heads is (Σ_j a_ij z_ij) [M, N, HK] ·
/// [W_1; …; W_H] / H [M, HK, D] + mean_h b_h — N rows through the output layer instead of E (a ten-precursor reaction has
/// nine edges per node) and no [M, E, H, D] tensor.</item>
/// </list>
/// </summary>
internal sealed class StackedMessagePassing : IDisposable
{
    private readonly int _heads;
    private readonly int _hidden;
    private readonly Tensor _nodeWeight;   // [M, D + A, 4HK]
    private readonly Tensor _nodeBias;     // [M, 1, 4HK]
    private readonly Tensor _gateWeight;   // [M, HK, H]
    private readonly Tensor _gateBias;     // [M, 1, H]
    private readonly Tensor _messageWeight; // [M, HK, D], already divided by H
    private readonly Tensor _messageBias;  // [M, 1, D], mean over heads

    public StackedMessagePassing(StackedWeights weights, string layer, int heads, int hidden)
    {
        (_heads, _hidden) = (heads, hidden);
        using var scope = NewDisposeScope();
        using var inference = no_grad();
        var target = weights[$"{layer}.targetSide.weight"];                       // [M, D + A, 2HK]
        var source = weights[$"{layer}.sourceSide.weight"];                       // [M, D, 2HK]
        var (members, inputs, width) = (target.shape[0], target.shape[1], target.shape[2]);
        var sourcePadded = cat([source, zeros(members, inputs - source.shape[1], width)], 1);
        _nodeWeight = cat([target, sourcePadded], 2).contiguous().DetachFromDisposeScope();
        _nodeBias = cat([weights[$"{layer}.targetSide.bias"], zeros(members, width)], 1).unsqueeze(1).contiguous().DetachFromDisposeScope();
        var gate = weights[$"{layer}.gateWeight"];                                // [M, H, K]
        var block = zeros(members, heads, hidden, heads);
        for (var h = 0; h < heads; h++) block.select(1, h).select(2, h).copy_(gate.select(1, h));
        _gateWeight = block.view(members, heads * hidden, heads).DetachFromDisposeScope();
        _gateBias = weights[$"{layer}.gateBias"].unsqueeze(1).contiguous().DetachFromDisposeScope();
        var message = weights[$"{layer}.messageWeight"];                          // [M, H, K, D]
        _messageWeight = (message.reshape(members, heads * hidden, message.shape[3]) / heads).contiguous().DetachFromDisposeScope();
        _messageBias = weights[$"{layer}.messageBias"].mean([1]).unsqueeze(1).contiguous().DetachFromDisposeScope();
    }

    /// <param name="nodes">[M, N, D] node states of every member</param>
    /// <param name="context">[M, N, A] each node's action embedding</param>
    /// <param name="source">[E] source node j of each edge</param>
    /// <param name="target">[E] target node i of each edge, non-decreasing</param>
    /// <returns>[M, N, D] the updated node states</returns>
    public Tensor Forward(Tensor nodes, Tensor context, Tensor source, Tensor target, ReactionGraphLayout layout)
    {
        var (members, nodeCount, edges) = (nodes.shape[0], nodes.shape[1], source.shape[0]);
        var width = 2L * _heads * _hidden;
        var headsHidden = (long)_heads * _hidden;
        var projected = Product(cat([nodes, context], 2), _nodeWeight).add_(_nodeBias);
        var hidden = nn.functional.leaky_relu(projected.narrow(2, 0, width).index_select(1, target) + projected.narrow(2, width, width).index_select(1, source));
        var scores = Product(hidden.narrow(2, 0, headsHidden), _gateWeight).add_(_gateBias);                      // [M, E, H]
        var attention = SegmentSoftmax.Apply(scores.transpose(0, 1), target, nodeCount, layout.Edges).transpose(0, 1);
        var weighted = hidden.narrow(2, headsHidden, headsHidden).view(members, edges, _heads, _hidden) * attention.unsqueeze(-1);
        var gathered = zeros(members, nodeCount, _heads, _hidden, device: nodes.device)
            .index_add(1, target, weighted, Scalars.One).view(members, nodeCount, headsHidden);
        var update = Product(gathered, _messageWeight);
        update.add_(layout.NodeHasEdges is { } hasEdges ? _messageBias * hasEdges : _messageBias);
        return update.add_(nodes);
    }

    private static Tensor Product(Tensor x, Tensor weight)
    {
        StageProfile.CountMultiplyAdds(x.shape[0] * x.shape[1], weight.shape[1], weight.shape[2]);
        return bmm(x, weight);
    }

    public void Dispose()
    {
        foreach (var tensor in new[] { _nodeWeight, _nodeBias, _gateWeight, _gateBias, _messageWeight, _messageBias }) tensor.Dispose();
    }
}
