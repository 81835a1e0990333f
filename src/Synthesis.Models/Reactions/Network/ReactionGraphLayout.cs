using Synthesis.Models.Network;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// The group structure of a batch's reaction graphs, known from the precursor counts alone (n_b nodes per reaction b,
/// n_b − 1 incoming edges per node, as <see cref="ReactionBatcher"/> builds them): every attention softmax of a forward
/// pass reuses it instead of counting the groups again.
/// </summary>
/// <param name="Edges">edges grouped by target node</param>
/// <param name="Nodes">nodes grouped by reaction</param>
/// <param name="NodeHasEdges">[N, 1] 1 where a node has incoming edges, 0 for a lone precursor; null when all have</param>
internal sealed record ReactionGraphLayout(SegmentLayout Edges, SegmentLayout Nodes, Tensor? NodeHasEdges)
{
    public static ReactionGraphLayout Of(ReactionBatch batch)
    {
        var device = batch.NodeReaction.device;
        var sizes = batch.Examples.Select(e => e.Precursors.Count).ToArray();
        var incoming = sizes.SelectMany(n => Enumerable.Repeat(n - 1, n)).ToArray();
        var edges = SegmentLayout.Of(incoming, device);
        var hasEdges = edges.NoEmptyGroup ? null : tensor(incoming.Select(e => e > 0 ? 1f : 0f).ToArray(), [incoming.Length, 1], device: device);
        return new ReactionGraphLayout(edges, SegmentLayout.Of(sizes, device), hasEdges);
    }
}
