namespace Synthesis.Models.Reactions.Neighbours;

/// <summary>
/// Cosine nearest neighbours over N stored vectors of dimension d (the reaction embeddings r̄, rows of unit length).
/// Exact (<see cref="ExactNeighbourIndex"/>, one [Q, d] × [d, N] product) or approximate (<see cref="ApproximateNeighbourIndex"/>,
/// an HNSW graph); <see cref="NeighbourIndex.For"/> picks one by size. Thread-safe.
/// </summary>
public interface INeighbourIndex : IDisposable
{
    /// <summary>N, the stored rows.</summary>
    int Count { get; }

    /// <summary>d, the length of every row and query.</summary>
    int Dimensions { get; }

    /// <summary>True for an index that may miss some of the true nearest rows (recall below 1).</summary>
    bool Approximate { get; }

    /// <summary>Stored row <paramref name="row"/> (unit length), [d].</summary>
    float[] Row(int row);

    /// <summary>
    /// For each query ([d], any non-zero length: normalised here), up to <paramref name="k"/> rows by descending cosine
    /// similarity cos(q, x) = q·x / (‖q‖‖x‖), never <paramref name="excludedRow"/> (−1: none; a stored reaction's own row).
    /// </summary>
    NeighbourRow[][] Nearest(IReadOnlyList<float[]> queries, int k, int excludedRow = -1);
}

/// <summary>A stored row and its cosine similarity to the query, in [−1, 1].</summary>
public readonly record struct NeighbourRow(int Row, float Similarity);
