using Synthesis.Data.Storage;

namespace Synthesis.Data.Splits;

/// <summary>The one spelling of a split kind — the <see cref="SplitKind"/> name in lower case ("grouped", "random") — for options, folder names and model.json.</summary>
public static class SplitKinds
{
    public const SplitKind Default = SplitKind.Grouped;

    /// <summary>The seed of the split (and of the training) when none is given: the shipped models' 42.</summary>
    public const int DefaultSeed = 42;

    public static readonly IReadOnlyList<string> Names = LowerCaseNames<SplitKind>.Names;

    public static string Name(SplitKind kind) => LowerCaseNames<SplitKind>.Name(kind);

    /// <summary>Any case; throws <see cref="FormatException"/> naming the choices.</summary>
    public static SplitKind Parse(string text) => LowerCaseNames<SplitKind>.Parse(text, "split kind");
}
