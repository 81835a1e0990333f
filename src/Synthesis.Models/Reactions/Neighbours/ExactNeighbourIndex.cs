using Synthesis.Models.Profiling;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Neighbours;

/// <summary>
/// Exact cosine search: the stored rows X [N, d] (unit length) against the normalised queries Q [Q, d] in one product
/// S = Q Xᵀ [Q, N], then the top k (k + 1 when a row is excluded) of each row of S. O(N·d) a query: linear in N.
/// </summary>
public sealed class ExactNeighbourIndex : INeighbourIndex
{
    private readonly Tensor _rows;

    /// <param name="rows">N × d floats, row after row, each of unit length</param>
    public ExactNeighbourIndex(float[] rows, int count, int dimensions)
    {
        NeighbourIndex.CheckShape(rows, count, dimensions);
        (Count, Dimensions) = (count, dimensions);
        _rows = tensor(rows, [count, dimensions]);
    }

    public int Count { get; }
    public int Dimensions { get; }
    public bool Approximate => false;

    public float[] Row(int row)
    {
        NeighbourIndex.CheckRow(row, Count);
        using var scope = NewDisposeScope();
        return _rows[row].data<float>().ToArray();
    }

    public NeighbourRow[][] Nearest(IReadOnlyList<float[]> queries, int k, int excludedRow = -1)
    {
        NeighbourIndex.CheckQueries(queries, k, Dimensions);
        if (k == 0 || Count == 0 || queries.Count == 0) return queries.Select(_ => Array.Empty<NeighbourRow>()).ToArray();
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        var flat = queries.SelectMany(q => q).ToArray();
        var normalised = nn.functional.normalize(tensor(flat, [queries.Count, Dimensions]), dim: 1);
        var take = Math.Min(Count, k + (excludedRow >= 0 ? 1 : 0));
        var (values, indexes) = normalised.matmul(_rows.T).topk(take, 1);
        StageProfile.CountMultiplyAdds(queries.Count, Dimensions, Count);
        var (similarity, rows) = (values.data<float>().ToArray(), indexes.data<long>().ToArray());
        return queries.Select((_, q) => NeighbourIndex.Keep(
            Enumerable.Range(q * take, take).Select(j => new NeighbourRow((int)rows[j], similarity[j])), k, excludedRow)).ToArray();
    }

    public void Dispose() => _rows.Dispose();
}
