namespace Synthesis.Models.Reactions.Inference;

/// <summary>
/// How much a served model keeps between requests of what depends on one input alone (the home of these limits).
/// Each cache evicts its least recently used entry when full; 0 turns a cache off.
/// </summary>
public sealed record InferenceCacheOptions
{
    /// <summary>
    /// Precursor formulas whose standardised Magpie vector (145 floats) and node embeddings h⁰ of every classifier member
    /// (M × 128 floats) are kept: about 2 KB each for the shipped three members, so 8 MB at the default 4,096 — more than the
    /// dataset's distinct precursors that recur (a few hundred make most reactions).
    /// </summary>
    public int Precursors { get; init; } = 4096;

    /// <summary>Action sequences whose action embedding u (32 floats) is kept; the dataset has a few hundred distinct ones.</summary>
    public int ActionSequences { get; init; } = 1024;

    public static InferenceCacheOptions Default { get; } = new();

    /// <summary>Nothing cached: every request computes everything (the reference for the cache's tests).</summary>
    public static InferenceCacheOptions None { get; } = new() { Precursors = 0, ActionSequences = 0 };
}
