namespace Synthesis.Models.Reactions.Neighbours;

/// <summary>Builds the neighbour index a size calls for, and the checks and the exclusion both kinds share.</summary>
public static class NeighbourIndex
{
    /// <summary>
    /// Exact below <see cref="NeighbourSearchOptions.ApproximateFrom"/> rows, approximate from there on. The rows
    /// (N × d floats, row after row) are normalised to unit length in place; a zero row stays zero.
    /// </summary>
    /// <param name="added">progress of building an approximate index: rows added so far, of how many</param>
    /// <param name="graphFile">where an approximate index is saved once built and read instead of built next time (null: always build)</param>
    public static INeighbourIndex For(float[] rows, int count, int dimensions, NeighbourSearchOptions options, Action<int, int>? added = null,
        string? graphFile = null)
    {
        CheckShape(rows, count, dimensions);
        options.Validated();
        Normalise(rows, dimensions);
        if (count < options.ApproximateFrom) return new ExactNeighbourIndex(rows, count, dimensions);
        if (graphFile is not null && ApproximateNeighbourIndex.Load(graphFile, count, dimensions, options) is { } saved) return saved;
        var built = new ApproximateNeighbourIndex(rows, count, dimensions, options, added);
        if (graphFile is not null) built.Save(graphFile);
        return built;
    }

    /// <summary>x ← x / ‖x‖₂ for each row of <paramref name="dimensions"/> floats.</summary>
    public static void Normalise(float[] rows, int dimensions)
    {
        for (var start = 0; start + dimensions <= rows.Length; start += dimensions)
        {
            var row = rows.AsSpan(start, dimensions);
            var squares = 0.0;
            foreach (var x in row) squares += x * (double)x;
            if (squares == 0) continue;
            var scale = (float)(1 / Math.Sqrt(squares));
            for (var i = 0; i < row.Length; i++) row[i] *= scale;
        }
    }

    internal static void CheckShape(float[] rows, int count, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if ((long)count * dimensions != rows.Length)
            throw new ArgumentException($"{rows.Length} floats are not {count} rows of {dimensions}", nameof(rows));
    }

    internal static void CheckRow(int row, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, count);
    }

    internal static void CheckQueries(IReadOnlyList<float[]> queries, int k, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        for (var q = 0; q < queries.Count; q++)
            if (queries[q].Length != dimensions)
                throw new ArgumentException($"query {q + 1} has {queries[q].Length} values; the index holds rows of {dimensions}", nameof(queries));
    }

    /// <summary>The first k found, without the excluded row, most similar first.</summary>
    internal static NeighbourRow[] Keep(IEnumerable<NeighbourRow> found, int k, int excludedRow) =>
        found.Where(n => n.Row != excludedRow).OrderByDescending(n => n.Similarity).Take(k).ToArray();
}
