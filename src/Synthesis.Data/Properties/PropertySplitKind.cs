using Synthesis.Data.Splits;

namespace Synthesis.Data.Properties;

/// <summary>How a property table's held-out 20 % is chosen (<see cref="PropertySplit.Of"/>).</summary>
public enum PropertySplitKind
{
    /// <summary>20 % of the distinct compositions, with all their rows: no composition on both sides (new compositions). The default.</summary>
    Compositions,

    /// <summary>
    /// 20 % of the rows at random, ignoring compositions: a composition measured twice may sit on both sides. The
    /// thesis' probable protocol (Table 4.2), kept to compare with its figures.
    /// </summary>
    Rows,
}

/// <summary>The one spelling of a <see cref="PropertySplitKind"/> — "compositions" or "rows" — for options, folder names and reports (model.json writes the same).</summary>
public static class PropertySplitKinds
{
    public const PropertySplitKind Default = PropertySplitKind.Compositions;

    public static IReadOnlyList<string> Names => LowerCaseNames<PropertySplitKind>.Names;

    public static string Name(PropertySplitKind kind) => LowerCaseNames<PropertySplitKind>.Name(kind);

    /// <summary>Any case; throws <see cref="FormatException"/> naming the choices.</summary>
    public static PropertySplitKind Parse(string text) => LowerCaseNames<PropertySplitKind>.Parse(text, "split");

    /// <summary>The held-out rows in words, for reports.</summary>
    public static string Describe(PropertySplitKind kind, int seed = PropertySplit.DefaultSeed) => kind switch
    {
        PropertySplitKind.Rows => $"a random {PropertySplit.TestFraction:P0} of rows (seed {seed}; a composition may be on both sides)",
        _ => $"{PropertySplit.TestFraction:P0} of distinct compositions (seed {seed}, all rows of a composition on one side)",
    };
}
