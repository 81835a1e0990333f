namespace Synthesis.Chemistry.Structures.Cif;

/// <summary>One loop of a CIF data block: its tags (lower case) and its rows, each with one value per tag.</summary>
internal sealed record CifLoop(IReadOnlyList<string> Tags, IReadOnlyList<string[]> Rows)
{
    public int Column(string tag) => Tags.ToList().IndexOf(tag);
}

/// <summary>
/// The first data block of a CIF as tag → value items and loops. Tags are case-insensitive in CIF and kept in lower
/// case; values keep their text (quotes removed, a standard uncertainty "(3)" still attached).
/// </summary>
internal sealed class CifBlock
{
    public Dictionary<string, string> Items { get; } = new(StringComparer.Ordinal);
    public List<CifLoop> Loops { get; } = [];

    /// <summary>The loop that has <paramref name="tag"/>, or null.</summary>
    public CifLoop? LoopWith(string tag) => Loops.FirstOrDefault(l => l.Tags.Contains(tag));
}
