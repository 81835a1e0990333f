using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Network;
using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Roost;

/// <summary>
/// Compositions as one batch of dense weighted graphs: a node per element, an edge from every element to every
/// element of the same composition (itself included, as in Roost), edges sorted by target.
/// </summary>
public sealed class CompositionBatch : IDisposable
{
    /// <summary>[N, 200] matscholar200 vector of each node's element.</summary>
    public required Tensor Elements { get; init; }
    /// <summary>[N] the element's fraction of its composition (each composition's sum to 1).</summary>
    public required Tensor Fractions { get; init; }
    /// <summary>[2, E] source and target node of each edge, sorted by target.</summary>
    public required Tensor Edges { get; init; }
    /// <summary>[N] composition of each node, non-decreasing.</summary>
    public required Tensor Membership { get; init; }
    public required int Count { get; init; }

    public static CompositionBatch Build(IReadOnlyList<Composition> compositions, Device device)
    {
        var vectors = new List<float>();
        var fractions = new List<float>();
        var (sources, targets, membership) = (new List<long>(), new List<long>(), new List<long>());
        var offset = 0L;
        for (var c = 0; c < compositions.Count; c++)
        {
            var normalised = compositions[c].Normalised().ToArray();
            foreach (var (element, fraction) in normalised)
            {
                vectors.AddRange(ElementTable.Default.Matscholar(element).ToArray());
                fractions.Add((float)fraction);
                membership.Add(c);
            }
            DenseGraph.Connect(sources, targets, offset, normalised.Length);
            offset += normalised.Length;
        }
        return new CompositionBatch
        {
            Elements = tensor(vectors.ToArray(), [offset, ElementTable.MatscholarDimension], device: device),
            Fractions = tensor(fractions.ToArray(), device: device),
            Edges = stack([tensor(sources.ToArray(), device: device), tensor(targets.ToArray(), device: device)]),
            Membership = tensor(membership.ToArray(), device: device),
            Count = compositions.Count,
        };
    }

    public void Dispose()
    {
        foreach (var t in new[] { Elements, Fractions, Edges, Membership }) t.Dispose();
    }
}
