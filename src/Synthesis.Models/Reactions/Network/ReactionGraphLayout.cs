using Synthesis.Models.Network;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// A batch's reaction graphs with the ensemble's M members folded into the rows: member m's node n is row m·N + n, its
/// edge e row m·E + e, its reaction b row m·B + b. Tensors laid out [M, rows, …] and viewed [M · rows, …] are then
/// gathered, scattered and soft-maxed along their first axis, libtorch's fast contiguous path, for all members at once.
/// Built from the precursor counts alone (n_b nodes per reaction, the n_b (n_b − 1) directed edges of each complete graph,
/// target by target, as <see cref="ReactionBatcher"/> builds them), once per forward pass.
/// </summary>
internal sealed class ReactionGraphLayout
{
    private ReactionGraphLayout(int members, int nodes, int edges, int reactions) => (Members, Nodes, Edges, Reactions) = (members, nodes, edges, reactions);

    public int Members { get; }
    public int Nodes { get; }
    public int Edges { get; }
    public int Reactions { get; }

    /// <summary>[M · E] folded target node i of each edge (non-decreasing), and its source node j.</summary>
    public Tensor Target { get; private init; } = null!;
    public Tensor Source { get; private init; } = null!;
    /// <summary>[M · N] folded reaction of each node (non-decreasing).</summary>
    public Tensor Membership { get; private init; } = null!;
    /// <summary>Folded edges grouped by target node, and folded nodes grouped by reaction.</summary>
    public SegmentLayout EdgeGroups { get; private init; } = null!;
    public SegmentLayout NodeGroups { get; private init; } = null!;
    /// <summary>[M · N, 1] 1 where a node has incoming edges, 0 for a lone precursor; null when every node has.</summary>
    public Tensor? NodeHasEdges { get; private init; }

    public static ReactionGraphLayout Of(ReactionBatch batch, int members)
    {
        var device = batch.NodeReaction.device;
        var sizes = batch.Examples.Select(e => e.Precursors.Count).ToArray();
        var (nodes, edges) = (sizes.Sum(), sizes.Sum(n => n * (n - 1)));
        var (target, source, membership) = (new long[members * edges], new long[members * edges], new long[members * nodes]);
        var (e, v) = (0, 0);
        for (var m = 0; m < members; m++)
        {
            var first = 0;
            for (var b = 0; b < sizes.Length; b++)
            {
                for (var i = first; i < first + sizes[b]; i++)
                {
                    membership[v++] = (long)m * sizes.Length + b;
                    for (var j = first; j < first + sizes[b]; j++)
                        if (i != j)
                        {
                            target[e] = (long)m * nodes + i;
                            source[e++] = (long)m * nodes + j;
                        }
                }
                first += sizes[b];
            }
        }
        var incoming = Enumerable.Repeat(sizes.SelectMany(n => Enumerable.Repeat(n - 1, n)), members).SelectMany(x => x).ToArray();
        var edgeGroups = SegmentLayout.Of(incoming, device);
        return new ReactionGraphLayout(members, nodes, edges, sizes.Length)
        {
            Target = tensor(target, device: device),
            Source = tensor(source, device: device),
            Membership = tensor(membership, device: device),
            EdgeGroups = edgeGroups,
            NodeGroups = SegmentLayout.Of(Enumerable.Repeat(sizes, members).SelectMany(x => x).ToArray(), device),
            NodeHasEdges = edgeGroups.NoEmptyGroup ? null : tensor(incoming.Select(n => n > 0 ? 1f : 0f).ToArray(), [incoming.Length, 1], device: device),
        };
    }
}
