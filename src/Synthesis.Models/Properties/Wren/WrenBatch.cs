using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Wyckoff;
using Synthesis.Models.Network;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Wren;

/// <summary>
/// Structures as one batch of dense Wren graphs, one graph per equivalent labelling of each structure
/// (<see cref="WrenLabellings"/>): a node per occupied Wyckoff set, an edge from every node to every node of the
/// same graph (itself included), edges sorted by target.
/// </summary>
public sealed class WrenBatch : IDisposable
{
    /// <summary>[N, 200] matscholar200 vector of each node's element.</summary>
    public required Tensor Elements { get; init; }
    /// <summary>[N, 445] each node's Wyckoff embedding and fractional multiplicity.</summary>
    public required Tensor Sites { get; init; }
    /// <summary>[N] each node's fractional multiplicity (each graph's sum to 1): its weight as a neighbour and in pooling.</summary>
    public required Tensor Weights { get; init; }
    /// <summary>[2, E] source and target node of each edge, sorted by target.</summary>
    public required Tensor Edges { get; init; }
    /// <summary>[N] graph (labelling) of each node, non-decreasing.</summary>
    public required Tensor Membership { get; init; }
    /// <summary>[A] structure of each graph, non-decreasing.</summary>
    public required Tensor Structures { get; init; }
    /// <summary>[B, 1] how many labellings each structure has (to average over them).</summary>
    public required Tensor LabellingCounts { get; init; }
    public required int Graphs { get; init; }
    public required int Count { get; init; }

    /// <param name="labellings">
    /// at most this many labellings of each structure, drawn with <paramref name="random"/> (training); null for all of them (inference)
    /// </param>
    /// <param name="augment">false: each label as given, one graph each (an ablation, and the tests' control)</param>
    public static WrenBatch Build(IReadOnlyList<ProtostructureLabel> labels, Device device, int? labellings = null, Random? random = null, bool augment = true)
    {
        var (elements, sites, weights) = (new List<float>(), new List<float>(), new List<float>());
        var (sources, targets, membership, structures, counts) = (new List<long>(), new List<long>(), new List<long>(), new List<long>(), new List<float>());
        var offset = 0L;
        for (var s = 0; s < labels.Count; s++)
        {
            var chosen = augment ? Choose(WrenLabellings.Of(labels[s]), labellings, random) : [labels[s]];
            counts.Add(chosen.Count);
            foreach (var labelling in chosen)
            {
                var nodes = WrenGraph.Nodes(labelling, WyckoffTables.Default);
                foreach (var node in nodes)
                {
                    elements.AddRange(ElementTable.Default.Matscholar(node.Element).ToArray());
                    sites.AddRange(node.SiteFeatures());
                    weights.Add((float)node.Weight);
                    membership.Add(structures.Count);
                }
                DenseGraph.Connect(sources, targets, offset, nodes.Count);
                offset += nodes.Count;
                structures.Add(s);
            }
        }
        return new WrenBatch
        {
            Elements = tensor(elements.ToArray(), [offset, ElementTable.MatscholarDimension], device: device),
            Sites = tensor(sites.ToArray(), [offset, WrenNode.SiteFeatureCount], device: device),
            Weights = tensor(weights.ToArray(), device: device),
            Edges = stack([tensor(sources.ToArray(), device: device), tensor(targets.ToArray(), device: device)]),
            Membership = tensor(membership.ToArray(), device: device),
            Structures = tensor(structures.ToArray(), device: device),
            LabellingCounts = tensor(counts.ToArray(), [counts.Count, 1], device: device),
            Graphs = structures.Count,
            Count = labels.Count,
        };
    }

    private static IReadOnlyList<ProtostructureLabel> Choose(IReadOnlyList<ProtostructureLabel> all, int? limit, Random? random)
    {
        if (limit is not int most || most >= all.Count) return all;
        var picked = all.ToArray();
        (random ?? Random.Shared).Shuffle(picked);
        return picked[..most];
    }

    public void Dispose()
    {
        foreach (var t in new[] { Elements, Sites, Weights, Edges, Membership, Structures, LabellingCounts }) t.Dispose();
    }
}
