namespace Synthesis.Data.Properties;

/// <summary>
/// The fixed held-out split of a property table that every model is scored on: 20 % of the distinct compositions
/// to test (with all their rows, so no composition is on both sides), 10 % of the rest to validation (early
/// stopping), chosen by a seeded shuffle so every run and every model gets the same rows. The
/// <see cref="PropertySplitKind.Rows"/> kind draws the same shares from the rows instead, ignoring compositions.
/// </summary>
public sealed record PropertySplit(IReadOnlyList<PropertyRecord> Train, IReadOnlyList<PropertyRecord> Validation, IReadOnlyList<PropertyRecord> Test)
{
    public const double TestFraction = 0.2;
    public const double ValidationFraction = 0.1;
    public const int DefaultSeed = 42;

    /// <summary>Training and validation rows together: what a model without early stopping (the random forest) fits.</summary>
    public IReadOnlyList<PropertyRecord> TrainAndValidation => [.. Train, .. Validation];

    /// <param name="testFraction">share of compositions (or rows) held out for testing; 0 for a training/validation split only (pre-training)</param>
    /// <param name="kind">compositions: every row of a composition on one side; rows: each row on its own, in file order before the shuffle</param>
    public static PropertySplit Of(IReadOnlyList<PropertyRecord> records, int seed = DefaultSeed, double testFraction = TestFraction,
        PropertySplitKind kind = PropertySplitKinds.Default)
    {
        var groups = kind == PropertySplitKind.Rows
            ? records.Select(r => new[] { r }).ToArray()
            : records.GroupBy(r => CompositionKey.Of(r.Composition)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();
        new Random(seed).Shuffle(groups);
        var testGroups = (int)Math.Round(groups.Length * testFraction);
        var validationGroups = (int)Math.Round((groups.Length - testGroups) * ValidationFraction);
        return new PropertySplit(
            [.. groups.Skip(testGroups + validationGroups).SelectMany(g => g)],
            [.. groups.Skip(testGroups).Take(validationGroups).SelectMany(g => g)],
            [.. groups.Take(testGroups).SelectMany(g => g)]);
    }

    /// <summary>The rows of <paramref name="records"/> whose composition occurs nowhere in <paramref name="excluded"/> (pre-training without the experimental set).</summary>
    public static IReadOnlyList<PropertyRecord> Without(IReadOnlyList<PropertyRecord> records, IEnumerable<PropertyRecord> excluded)
    {
        var keys = excluded.Select(r => CompositionKey.Of(r.Composition)).ToHashSet(StringComparer.Ordinal);
        return [.. records.Where(r => !keys.Contains(CompositionKey.Of(r.Composition)))];
    }
}
