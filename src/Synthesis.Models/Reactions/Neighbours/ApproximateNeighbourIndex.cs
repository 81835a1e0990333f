using Cloud.Unum.USearch;

namespace Synthesis.Models.Reactions.Neighbours;

/// <summary>
/// Approximate cosine search over a hierarchical navigable small-world graph (HNSW, Malkov &amp; Yashunin 2018) built by
/// USearch (Cloud.Unum.USearch, native libusearch_c): each row is a node linked to its M nearest found while adding
/// (<see cref="NeighbourSearchOptions.Connectivity"/>, <see cref="NeighbourSearchOptions.ExpansionAdd"/>); a query walks the
/// graph greedily keeping ef candidates (<see cref="NeighbourSearchOptions.ExpansionSearch"/>). About O(log N) a query;
/// memory N·d·4 bytes of rows plus the links. USearch returns the cosine distance 1 − cos(q, x); we give back cos.
/// Searches take turns on one lock: the native index is not documented as safe for concurrent calls through this binding.
/// </summary>
public sealed class ApproximateNeighbourIndex : INeighbourIndex
{
    private readonly USearchIndex _graph;
    private readonly Lock _gate = new();

    /// <param name="rows">N × d floats, row after row, each of unit length</param>
    /// <param name="added">progress while building: rows added so far, of how many</param>
    public ApproximateNeighbourIndex(float[] rows, int count, int dimensions, NeighbourSearchOptions options, Action<int, int>? added = null)
    {
        NeighbourIndex.CheckShape(rows, count, dimensions);
        options.Validated();
        (Count, Dimensions) = (count, dimensions);
        _graph = new USearchIndex(MetricKind.Cos, ScalarKind.Float32, (ulong)dimensions,
            (ulong)options.Connectivity, (ulong)options.ExpansionAdd, (ulong)options.ExpansionSearch);
        // Added in chunks: the binding reserves capacity once per call of Add(keys, vectors), and a chunk bounds the copy.
        var chunk = Math.Max(4096, count / 16);
        for (var start = 0; start < count; start += chunk)
        {
            var size = Math.Min(chunk, count - start);
            var keys = new ulong[size];
            var vectors = new float[size][];
            for (var i = 0; i < size; i++)
            {
                keys[i] = (ulong)(start + i);
                vectors[i] = rows.AsSpan((start + i) * dimensions, dimensions).ToArray();
            }
            _graph.Add(keys, vectors);
            added?.Invoke(start + size, count);
        }
    }

    private ApproximateNeighbourIndex(USearchIndex graph, int count, int dimensions)
    {
        _graph = graph;
        (Count, Dimensions) = (count, dimensions);
    }

    /// <summary>Writes the graph to <paramref name="path"/> in USearch's own format, atomically (a temporary file, then a rename).</summary>
    public void Save(string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        lock (_gate) _graph.Save(temporary);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// A graph written by <see cref="Save"/>, searched with the options' ef; null when the file is missing, unreadable,
    /// or not <paramref name="count"/> rows of <paramref name="dimensions"/> linked with the options' connectivity.
    /// </summary>
    public static ApproximateNeighbourIndex? Load(string path, int count, int dimensions, NeighbourSearchOptions options)
    {
        if (!File.Exists(path)) return null;
        USearchIndex? graph = null;
        try
        {
            graph = new USearchIndex(path);
            if (graph.Size() != (ulong)count || graph.Dimensions() != (ulong)dimensions || graph.Connectivity() != (ulong)options.Connectivity)
            {
                graph.Dispose();
                return null;
            }
            return new ApproximateNeighbourIndex(graph, count, dimensions) { ExpansionSearch = options.Validated().ExpansionSearch };
        }
        catch (USearchException)
        {
            graph?.Dispose();
            return null;
        }
    }

    public int Count { get; }
    public int Dimensions { get; }
    public bool Approximate => true;

    /// <summary>The index's own memory (rows and links), bytes, as USearch counts it.</summary>
    public long MemoryBytes
    {
        get { lock (_gate) return UsearchNative.MemoryBytes(_graph); }
    }

    /// <summary>ef, the candidates a search keeps (<see cref="NeighbourSearchOptions.ExpansionSearch"/>); changeable on a built index.</summary>
    public int ExpansionSearch
    {
        get { lock (_gate) return UsearchNative.GetExpansionSearch(_graph); }
        set
        {
            if (value is < 1 or > NeighbourSearchOptions.MaxExpansion)
                throw new ArgumentOutOfRangeException(nameof(ExpansionSearch), value, $"must be between 1 and {NeighbourSearchOptions.MaxExpansion}");
            lock (_gate) UsearchNative.SetExpansionSearch(_graph, value);
        }
    }

    public float[] Row(int row)
    {
        NeighbourIndex.CheckRow(row, Count);
        lock (_gate)
        {
            _graph.Get((ulong)row, out float[] vector);
            return vector;
        }
    }

    public NeighbourRow[][] Nearest(IReadOnlyList<float[]> queries, int k, int excludedRow = -1)
    {
        NeighbourIndex.CheckQueries(queries, k, Dimensions);
        if (k == 0 || Count == 0) return queries.Select(_ => Array.Empty<NeighbourRow>()).ToArray();
        var take = Math.Min(Count, k + (excludedRow >= 0 ? 1 : 0));
        return queries.Select(query =>
        {
            ulong[] keys;
            float[] distances;
            lock (_gate) _graph.Search(query, take, out keys, out distances);
            return NeighbourIndex.Keep(keys.Select((key, j) => new NeighbourRow((int)key, 1 - distances[j])), k, excludedRow);
        }).ToArray();
    }

    public void Dispose() => _graph.Dispose();
}
