namespace Synthesis.Data.Storage;

/// <summary>A persisted split of one dataset version, keyed by version, kind, precursor limit and seed.</summary>
public sealed class SplitRecord
{
    public const string Collection = "splits";

    public string Id { get; set; } = "";
    public int Version { get; set; }
    public SplitKind Kind { get; set; }
    public int MaxPrecursors { get; set; }
    public int Seed { get; set; }
    public List<string> Train { get; set; } = [];
    public List<string> Validation { get; set; } = [];
    public List<string> Test { get; set; } = [];

    public static string KeyOf(int version, SplitKind kind, int maxPrecursors, int seed) =>
        $"v{version}/{kind.ToString().ToLowerInvariant()}/max{maxPrecursors}/seed{seed}";

    public SplitAssignment ToAssignment() => new(Kind, MaxPrecursors, Seed, Train, Validation, Test);
}
