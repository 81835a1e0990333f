namespace Synthesis.Models.Reactions.Neighbours;

/// <summary>
/// How the neighbour index is built: exact below <see cref="ApproximateFrom"/> stored reactions, an HNSW graph
/// (Malkov &amp; Yashunin 2018, through USearch) from there on. The graph's defaults are USearch's published ones
/// (connectivity 16, expansion 128 while adding) except the search expansion, raised from 64 to 256: at 128, recall@10
/// was 0.937 over 1M embeddings of paper-10 (0.961 at 256; 0.9975 for paper-10-small's; bench/README.md, "Scaling";
/// the issue asks ≥ 0.95). Bound in the server from
/// "Synthesis:NeighbourSearch".
/// </summary>
public sealed record NeighbourSearchOptions
{
    /// <summary>
    /// Smallest index built approximate: where exact top-10 search stops meeting 2 ms a query (p50, one thread, 2 shared
    /// cores) for the shipped paper-10-small's 48-dimensional embeddings, about 143,000 reactions (bench/README.md,
    /// "Scaling"; ~23,000 for the 128 dimensions of paper-10). Today's 23,248 indexed reactions stay exact.
    /// </summary>
    public int ApproximateFrom { get; init; } = 150_000;

    /// <summary>M, the graph's links per node (upper layers; 2M in the base layer): more links, better recall, more memory.</summary>
    public int Connectivity { get; init; } = 16;

    /// <summary>ef_construction: candidates kept while linking a new node.</summary>
    public int ExpansionAdd { get; init; } = 128;

    /// <summary>ef_search: candidates kept while searching (at least k); the recall/time dial.</summary>
    public int ExpansionSearch { get; init; } = 256;

    /// <summary>Bounds of every size above, in one place (the graph's own limits are far larger).</summary>
    public const int MaxConnectivity = 256, MaxExpansion = 4096;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first size out of range.</summary>
    public NeighbourSearchOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ApproximateFrom, 1, nameof(ApproximateFrom));
        if (Connectivity is < 2 or > MaxConnectivity)
            throw new ArgumentOutOfRangeException(nameof(Connectivity), Connectivity, $"must be between 2 and {MaxConnectivity}");
        if (ExpansionAdd is < 1 or > MaxExpansion)
            throw new ArgumentOutOfRangeException(nameof(ExpansionAdd), ExpansionAdd, $"must be between 1 and {MaxExpansion}");
        if (ExpansionSearch is < 1 or > MaxExpansion)
            throw new ArgumentOutOfRangeException(nameof(ExpansionSearch), ExpansionSearch, $"must be between 1 and {MaxExpansion}");
        return this;
    }
}
