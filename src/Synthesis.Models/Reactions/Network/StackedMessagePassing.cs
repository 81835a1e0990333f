using Synthesis.Models.Network;
using Synthesis.Models.Profiling;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// One <see cref="MessagePassingLayer"/> of all M members, for inference: h_i ← h_i + mean over heads of
/// Σ_j a_ij g(h_i ⊕ h_j ⊕ u), same function, with the members folded into the rows (<see cref="ReactionGraphLayout"/>)
/// wherever rows are gathered or scattered.
/// <list type="number">
/// <item>node projections, per member one product each: T = (h ⊕ u) W_target + b [M, N, 2HK], S = h W_source [M, N, 2HK];</item>
/// <item>edges: z_ij = leaky_relu(T_i + S_j) [M · E, 2HK] (gate heads | message heads), rows gathered from [M · N, 2HK];</item>
/// <item>gate: e_ij = z_ij^gate · blockdiag(w_1 … w_H) [M, HK, H] + b, softmax over each node's incoming edges;</item>
/// <item>messages aggregated before their output layer, since Σ_j a_ij = 1 (as in <see cref="MessagePassingLayer"/>):
/// (Σ_j a_ij z_ij) [M, N, HK] · [W_1; …; W_H] / H [M, HK, D] + mean_h b_h — N rows through the output layer instead of E.</item>
/// </list>
/// </summary>
internal sealed class StackedMessagePassing : IDisposable
{
    private readonly int _heads;
    private readonly int _hidden;
    private readonly Tensor _targetWeight;  // [M, D + A, 2HK]
    private readonly Tensor _targetBias;    // [M, 1, 2HK]
    private readonly Tensor _sourceWeight;  // [M, D, 2HK]
    private readonly Tensor _gateWeight;    // [M, HK, H]
    private readonly Tensor _gateBias;      // [M, 1, H]
    private readonly Tensor _messageWeight; // [M, HK, D], already divided by H
    private readonly Tensor _messageBias;   // [M, 1, D], mean over heads

    public StackedMessagePassing(StackedWeights weights, string layer, int heads, int hidden)
    {
        (_heads, _hidden) = (heads, hidden);
        using var scope = NewDisposeScope();
        using var inference = no_grad();
        _targetWeight = weights[$"{layer}.targetSide.weight"].alias().DetachFromDisposeScope();
        _targetBias = weights[$"{layer}.targetSide.bias"].unsqueeze(1).contiguous().DetachFromDisposeScope();
        _sourceWeight = weights[$"{layer}.sourceSide.weight"].alias().DetachFromDisposeScope();
        var gate = weights[$"{layer}.gateWeight"];                                // [M, H, K]
        var members = gate.shape[0];
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
    /// <param name="graph">the batch's graphs, members folded into the rows</param>
    /// <returns>[M, N, D] the updated node states</returns>
    public Tensor Forward(Tensor nodes, Tensor context, ReactionGraphLayout graph)
    {
        var (members, nodeCount) = (graph.Members, graph.Nodes);
        var width = 2L * _heads * _hidden;
        var headsHidden = (long)_heads * _hidden;
        var targetSide = Product(cat([nodes, context], 2), _targetWeight).add_(_targetBias).view(members * nodeCount, width);
        var sourceSide = Product(nodes, _sourceWeight).view(members * nodeCount, width);
        var hidden = nn.functional.leaky_relu(targetSide.index_select(0, graph.Target).add_(sourceSide.index_select(0, graph.Source)));
        var scores = Product(hidden.view(members, graph.Edges, width).narrow(2, 0, headsHidden), _gateWeight).add_(_gateBias);  // [M, E, H]
        var attention = SegmentSoftmax.Apply(scores.view(members * graph.Edges, _heads), graph.Target, members * nodeCount, graph.EdgeGroups);
        var weighted = hidden.view(-1, 2, _heads, _hidden).select(1, 1) * attention.unsqueeze(-1);                                  // [M · E, H, K]
        var gathered = zeros(members * nodeCount, _heads, _hidden, device: nodes.device)
            .index_add(0, graph.Target, weighted, Scalars.One).view(members, nodeCount, headsHidden);
        var update = Product(gathered, _messageWeight);
        update.add_(graph.NodeHasEdges is { } hasEdges ? _messageBias * hasEdges.view(members, nodeCount, 1) : _messageBias);
        return update.add_(nodes);
    }

    private static Tensor Product(Tensor x, Tensor weight)
    {
        if (StageProfile.Recording) StageProfile.CountMultiplyAdds(x.shape[0] * x.shape[1], weight.shape[1], weight.shape[2]);
        return bmm(x, weight);
    }

    public void Dispose()
    {
        foreach (var tensor in new[] { _targetWeight, _targetBias, _sourceWeight, _gateWeight, _gateBias, _messageWeight, _messageBias }) tensor.Dispose();
    }
}
