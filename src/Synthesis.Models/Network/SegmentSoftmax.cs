using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Network;

/// <summary>
/// Softmax within variable-size groups (a node's incoming edges, a reaction's precursors, a product's elements).
/// Each group subtracts its own maximum: a global maximum underflows whole groups to 0/0 = NaN.
/// </summary>
/// <remarks>
/// TorchSharp 0.107 marks index_reduce "not implemented" and keeps scatter_reduce internal, so the group
/// maxima come from a padded [groups, largest group] view. Rows must be sorted by group, as every batch
/// here builds them (edges by target node, nodes by reaction, product elements by reaction).
/// </remarks>
public static class SegmentSoftmax
{
    /// <param name="scores">[rows] or [rows, heads]</param>
    /// <param name="segment">[rows] non-decreasing group index of each row</param>
    /// <param name="segments">number of groups</param>
    /// <param name="rowWeights">
    /// optional [rows] positive weight w of each row: a_r = w_r exp(s_r) / Σ_group w exp(s), the weighted soft attention of
    /// Roost (each neighbour counts by its fraction in the composition)
    /// </param>
    public static Tensor Apply(Tensor scores, Tensor segment, long segments, Tensor? rowWeights = null) =>
        Apply(scores, segment, segments, null, rowWeights);

    /// <param name="scores">[rows] or [rows, …]</param>
    /// <param name="segment">[rows] non-decreasing group index of each row</param>
    /// <param name="segments">number of groups</param>
    /// <param name="layout">each row's place in its group, known beforehand (a batch's graphs); null: computed here</param>
    /// <param name="rowWeights">optional [rows] positive weight of each row, as above</param>
    public static Tensor Apply(Tensor scores, Tensor segment, long segments, SegmentLayout? layout, Tensor? rowWeights = null)
    {
        var shape = scores.shape.ToArray();
        shape[0] = segments;
        var max = GroupMax(scores.detach(), segment, segments, layout);
        var weights = (scores - max.index_select(0, segment)).exp();
        if (rowWeights is not null) weights = weights * (scores.dim() == 1 ? rowWeights : rowWeights.unsqueeze(-1));
        var totals = zeros(shape, dtype: scores.dtype, device: scores.device).index_add(0, segment, weights, Scalars.One);
        return weights / totals.index_select(0, segment);
    }

    /// <summary>Each row's place within its group (0, 1, …) and the size of the largest group; rows sorted by group.</summary>
    public static (Tensor Position, long Largest) Positions(Tensor segment, long segments)
    {
        var counts = bincount(segment, minlength: segments);
        var offsets = counts.cumsum(0) - counts;
        var position = arange(segment.shape[0], device: segment.device) - offsets.index_select(0, segment);
        return (position, Math.Max(1, counts.max().item<long>()));
    }

    private static Tensor GroupMax(Tensor scores, Tensor segment, long segments, SegmentLayout? layout)
    {
        using var scope = NewDisposeScope();
        var (position, largest) = layout is { } known ? (known.Position, known.Largest) : Positions(segment, segments);
        long[] denseShape = [segments, largest, .. scores.shape.Skip(1)];
        var dense = full(denseShape, Scalars.NegativeInfinity, dtype: scores.dtype, device: scores.device);
        dense.index_put_(scores, segment, position);
        // Empty groups keep -inf; they are never gathered, but a finite value keeps arithmetic clean.
        var max = dense.amax(1);
        return (layout is { NoEmptyGroup: true } ? max : max.nan_to_num(0, 0, 0)).MoveToOuterDisposeScope();
    }
}

/// <summary>
/// Where each row of a grouped tensor sits within its group, when the caller knows it beforehand (a batch's reaction
/// graphs: edges by target node, nodes by reaction): spares <see cref="SegmentSoftmax"/> counting the groups on
/// every call, and the read-back of the largest group's size.
/// </summary>
/// <param name="Position">[rows] 0, 1, … within each group</param>
/// <param name="Largest">rows in the largest group (at least 1)</param>
/// <param name="NoEmptyGroup">true when every group has a row</param>
public sealed record SegmentLayout(Tensor Position, long Largest, bool NoEmptyGroup)
{
    /// <summary>The layout of groups of the given sizes, rows in group order.</summary>
    public static SegmentLayout Of(IReadOnlyList<int> groupSizes, Device device)
    {
        var position = new long[groupSizes.Sum()];
        var row = 0;
        foreach (var size in groupSizes)
            for (var i = 0; i < size; i++)
                position[row++] = i;
        return new SegmentLayout(tensor(position, device: device), Math.Max(1, groupSizes.DefaultIfEmpty(0).Max()), groupSizes.All(s => s > 0));
    }
}
