using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Synthesis.Models.Network;

/// <summary>
/// One reaction-graph update with several attention heads, all heads batched:
/// e_ij = f(h_i ⊕ h_j ⊕ u), a_ij = softmax over j of e_ij, h_i ← h_i + mean over heads of Σ_j a_ij g(h_i ⊕ h_j ⊕ u).
/// f and g have one hidden layer each. With source weights w (Roost's element fractions) the attention is weighted:
/// a_ij = w_j exp(e_ij) / Σ_k w_k exp(e_ik).
/// </summary>
/// <remarks>
/// The hidden layers' input is a concatenation, so W(h_i ⊕ h_j ⊕ u) = W₁(h_i ⊕ u) + W₂h_j: both halves are
/// computed once per node and gathered per edge, instead of multiplying every edge's 288-wide input.
/// Same function, about a third of the arithmetic (a ten-precursor reaction has nine edges per node).
/// The message's output layer is linear and each node's attention sums to 1, so messages are aggregated before it:
/// Σ_j a_ij (z_ij W_h + b_h) = (Σ_j a_ij z_ij) W_h + (Σ_j a_ij) b_h — N rows through W instead of E, and the mean over
/// heads is one product with the heads' W stacked, [N, H·K] · [H·K, D] / H. (Σ_j a_ij is 0 for a node without edges, which
/// then keeps its state, as before.)
/// </remarks>
public sealed class MessagePassingLayer : nn.Module<Tensor, Tensor, Tensor, Tensor>
{
    private readonly int _heads;
    private readonly int _hidden;
    private readonly Linear targetSide;
    private readonly Linear sourceSide;
    private readonly Parameter gateWeight;
    private readonly Parameter gateBias;
    private readonly Parameter messageWeight;
    private readonly Parameter messageBias;
    private readonly Scalar _perHead;

    public MessagePassingLayer(int nodeSize, int actionSize, int heads, int hidden) : base(nameof(MessagePassingLayer))
    {
        _heads = heads;
        _hidden = hidden;
        // Gate (f) and message (g) hidden layers side by side: [gate heads | message heads].
        targetSide = nn.Linear(nodeSize + actionSize, 2 * heads * hidden);
        sourceSide = nn.Linear(nodeSize, 2 * heads * hidden, hasBias: false);
        var bound = 1.0 / Math.Sqrt(hidden);
        gateWeight = nn.Parameter(empty(heads, hidden).uniform_(-bound, bound));
        gateBias = nn.Parameter(zeros(heads));
        messageWeight = nn.Parameter(empty(heads, hidden, nodeSize).uniform_(-bound, bound));
        messageBias = nn.Parameter(zeros(heads, nodeSize));
        _perHead = (1.0 / heads).ToScalar();
        RegisterComponents();
    }

    /// <param name="nodes">[N, nodeSize] precursor states</param>
    /// <param name="context">[N, actionSize] the reaction's action embedding repeated for each of its nodes</param>
    /// <param name="edges">[2, E] source (j) and target (i) node of each directed edge, sorted by target</param>
    public override Tensor forward(Tensor nodes, Tensor context, Tensor edges) => Update(nodes, context, edges, null);

    /// <param name="nodes">[N, nodeSize] node states</param>
    /// <param name="context">[N, contextSize] context of each node's graph ([N, 0] for none)</param>
    /// <param name="edges">[2, E] source (j) and target (i) of each directed edge, sorted by target</param>
    /// <param name="nodeWeights">[N] weight of each node as a neighbour, or null for plain soft attention</param>
    public Tensor Update(Tensor nodes, Tensor context, Tensor edges, Tensor? nodeWeights)
    {
        var (source, target) = (edges[0], edges[1]);
        var edgeCount = source.shape[0];
        var hidden = nn.functional.leaky_relu(
                targetSide.forward(cat([nodes, context], 1)).index_select(0, target) + sourceSide.forward(nodes).index_select(0, source))
            .view(edgeCount, 2, _heads, _hidden);
        var scores = einsum("ehk,hk->eh", hidden[.., 0], gateWeight) + gateBias;
        var attention = SegmentSoftmax.Apply(scores, target, nodes.shape[0], nodeWeights?.index_select(0, source));
        var nodeCount = nodes.shape[0];
        var gathered = zeros(nodeCount, _heads, _hidden, device: nodes.device)
            .index_add(0, target, hidden[.., 1] * attention.unsqueeze(-1), Scalars.One);                   // Σ_j a_ij z_ij [N, H, K]
        var attended = zeros(nodeCount, _heads, device: nodes.device).index_add(0, target, attention, Scalars.One); // Σ_j a_ij [N, H]
        var update = gathered.view(nodeCount, _heads * _hidden).matmul(messageWeight.view(_heads * _hidden, -1)) + attended.matmul(messageBias);
        return nodes + update.mul_(_perHead);
    }
}
