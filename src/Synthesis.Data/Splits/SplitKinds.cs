using Synthesis.Data.Storage;

namespace Synthesis.Data.Splits;

/// <summary>The one spelling of a split kind, "grouped" or "random", for options, folder names and model.json.</summary>
public static class SplitKinds
{
    public const SplitKind Default = SplitKind.Grouped;

    /// <summary>The seed of the split (and of the training) when none is given: the shipped models' 42.</summary>
    public const int DefaultSeed = 42;

    public static readonly IReadOnlyList<string> Names = ["grouped", "random"];

    public static string Name(SplitKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Case-insensitive; throws <see cref="FormatException"/> naming the choices.</summary>
    public static SplitKind Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "grouped" => SplitKind.Grouped,
        "random" => SplitKind.Random,
        _ => throw new FormatException($"split kind must be grouped or random, not '{text}'"),
    };
}
