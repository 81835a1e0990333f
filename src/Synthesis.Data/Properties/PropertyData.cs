namespace Synthesis.Data.Properties;

/// <summary>
/// A property table with its fixed split, and optionally a pre-training table with every composition of the first
/// table removed (none of the test compositions, nor any other, is seen in pre-training), split 90/10 into
/// training and validation. <paramref name="Kind"/> says how the first table's test rows were held out; pre-training
/// is always split by composition.
/// </summary>
public sealed record PropertyData(string Path, string Target, PropertySplitKind Kind, PropertySplit Split, int Skipped, PretrainingData? Pretraining)
{
    public static PropertyData Load(string path, string target, string? pretrainPath = null, string? pretrainTarget = null, int seed = PropertySplit.DefaultSeed,
        PropertySplitKind kind = PropertySplitKinds.Default)
    {
        var (records, skipped) = PropertyTable.Read(path, target);
        if (records.Count == 0) throw new InvalidDataException($"{path} has no usable rows for '{target}'");
        PretrainingData? pretraining = null;
        if (pretrainPath is not null)
        {
            var (all, _) = PropertyTable.Read(pretrainPath, pretrainTarget ?? target);
            var kept = PropertySplit.Without(all, records);
            pretraining = new PretrainingData(pretrainPath, pretrainTarget ?? target, PropertySplit.Of(kept, seed, testFraction: 0), all.Count - kept.Count);
        }
        return new PropertyData(path, target, kind, PropertySplit.Of(records, seed, kind: kind), skipped, pretraining);
    }

    /// <summary>The training data in words, for model.json and reports.</summary>
    public string Describe() =>
        $"{System.IO.Path.GetFileName(Path)} ({Target}): {Split.Train.Count} train, {Split.Validation.Count} validation rows, {Split.Test.Count} test rows held out ({PropertySplitKinds.Name(Kind)} split)"
        + (Pretraining is { } p ? $"; pre-trained on {System.IO.Path.GetFileName(p.Path)} ({p.Target}): {p.Split.Train.Count} train, {p.Split.Validation.Count} validation rows, {p.Removed} rows removed whose composition is in {System.IO.Path.GetFileName(Path)}" : "");
}

/// <param name="Removed">rows of the pre-training table dropped because their composition occurs in the fine-tuning table</param>
public sealed record PretrainingData(string Path, string Target, PropertySplit Split, int Removed);
