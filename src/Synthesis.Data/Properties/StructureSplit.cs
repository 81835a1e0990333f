namespace Synthesis.Data.Properties;

/// <summary>
/// A seeded split of structure rows: <see cref="PropertySplit.TestFraction"/> of the rows held out to test (none for a
/// cross-validation fold's training rows), <see cref="PropertySplit.ValidationFraction"/> of the rest for early stopping.
/// Rows, not compositions, are the unit: polymorphs of one composition are different inputs for Wren.
/// </summary>
public sealed record StructureSplit(IReadOnlyList<StructureRecord> Train, IReadOnlyList<StructureRecord> Validation, IReadOnlyList<StructureRecord> Test)
{
    public static StructureSplit Of(IReadOnlyList<StructureRecord> records, int seed = PropertySplit.DefaultSeed, double testFraction = PropertySplit.TestFraction)
    {
        var rows = records.ToArray();
        new Random(seed).Shuffle(rows);
        var test = (int)Math.Round(rows.Length * testFraction);
        var validation = (int)Math.Round((rows.Length - test) * PropertySplit.ValidationFraction);
        return new StructureSplit(rows[(test + validation)..], rows[test..(test + validation)], rows[..test]);
    }
}
