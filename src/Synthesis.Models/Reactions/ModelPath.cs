namespace Synthesis.Models.Reactions;

/// <summary>Where reaction models live: models/reaction/&lt;split&gt;-&lt;max precursors&gt; under the current directory.</summary>
public static class ModelPath
{
    public const string EnvironmentVariable = "SYNTHESIS_MODEL";
    /// <summary>
    /// The shipped default: paper split (no paper on both sides), up to ten precursors, with its candidate scorer, in
    /// the small architecture (<see cref="ReactionModelOptions.Small"/>): on the same test set it names the recorded
    /// compound as often as the full-size paper-10 (0.454 vs 0.456) with the same subset accuracy (0.940 vs 0.941),
    /// EleMD within 2 % and the same AUROC, at a fifteenth of the arithmetic (results/reaction/README.md). Its scorer
    /// learnt where a query's chemistry may be reported by other papers, as a chemist's query usually is; grouped-10
    /// (no identical chemistry on both sides either) is the benchmark for new chemistry.
    /// </summary>
    public const string Default = "models/reaction/paper-10-small";

    public static string Name(string split, int maxPrecursors) => $"{split}-{maxPrecursors}";

    public static string For(string split, int maxPrecursors) => Path.GetFullPath(Path.Combine("models", "reaction", Name(split, maxPrecursors)));

    /// <summary>--model, else $SYNTHESIS_MODEL, else the shipped default.</summary>
    public static string Resolve(string? explicitPath = null) =>
        Path.GetFullPath(!string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : Default);
}
