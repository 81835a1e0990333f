namespace Synthesis.Data.Storage;

/// <summary>Where the reaction database lives: --db, else $SYNTHESIS_DB, else data/synthesis.db under the current directory.</summary>
public static class DatabasePath
{
    public const string EnvironmentVariable = "SYNTHESIS_DB";
    public const string Default = "data/synthesis.db";

    public static string Resolve(string? explicitPath = null) =>
        Path.GetFullPath(!string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : Default);
}
