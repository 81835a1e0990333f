namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// The labels that describe the same structure: a space group's Wyckoff letters depend on the choice of origin
/// and axes, and each of the group's equivalent relabellings (wyckoff-relabelings.json) gives the same structure
/// another text. Wren trains over all of them and averages over them at inference (augmentation).
/// </summary>
public static class WyckoffRelabelings
{
    /// <summary>
    /// The distinct labels equivalent to <paramref name="label"/>, itself first (the relabelling tables include the
    /// identity). At most as many as the space group has relabellings (48 for the cubic groups).
    /// </summary>
    public static IReadOnlyList<ProtostructureLabel> Equivalents(ProtostructureLabel label, WyckoffTables tables) =>
        tables.Relabelings(label.SpaceGroup).Select(label.Relabelled).Prepend(label).Distinct().ToArray();

    /// <summary>
    /// The conventional one of the equivalent labels, the one structure-to-label conversion writes: the smallest
    /// sum of letter positions (a = 1, b = 2, …, A = 27, each occupied position counted once), ties broken by the
    /// ordinal order of the Wyckoff text. Every label in datasets/properties/wren-examples.csv is already canonical
    /// (it would be too with the letters weighted by their counts: the examples do not tell the two rules apart).
    /// </summary>
    public static ProtostructureLabel Canonical(ProtostructureLabel label, WyckoffTables tables) =>
        Equivalents(label, tables).OrderBy(Score).ThenBy(l => l.WyckoffText, StringComparer.Ordinal).First();

    private static int Score(ProtostructureLabel label) =>
        label.WyckoffSets.Sum(sets => sets.Sum(s => WyckoffOccupation.Rank(s.Letter) + 1));
}
