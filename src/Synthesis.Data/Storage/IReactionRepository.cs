using Synthesis.Data.Reactions;

namespace Synthesis.Data.Storage;

/// <summary>Where reactions live (LiteDB by default). The model, CLI and server see only this.</summary>
public interface IReactionRepository
{
    /// <summary>The current dataset version, or null when nothing has been imported.</summary>
    DatasetVersion? CurrentVersion();

    Reaction? Get(string id);

    /// <summary>Every reaction of the current version that cleaning kept.</summary>
    IReadOnlyList<Reaction> Kept();

    /// <summary>Ids of the train / validation / test parts of a persisted split of the current version.</summary>
    SplitAssignment Split(SplitKind kind, int maxPrecursors = 10, int seed = 0);
}

public sealed record DatasetVersion(int Number, string SourceFile, string ContentSha256, DateTime ImportedUtc, int Total, int Kept);

public enum SplitKind
{
    /// <summary>80/20 with a fixed seed, as in the thesis.</summary>
    Random,
    /// <summary>No DOI (case-insensitive) and no identical (precursor set, target) on both sides: every test reaction is new chemistry.</summary>
    Grouped,
    /// <summary>
    /// No DOI (case-insensitive) on both sides, and nothing else held apart: a test reaction may repeat chemistry that other
    /// papers report in training, as a chemist's query repeats the literature.
    /// </summary>
    Paper,
}

public sealed record SplitAssignment(SplitKind Kind, int MaxPrecursors, int Seed,
    IReadOnlyList<string> Train, IReadOnlyList<string> Validation, IReadOnlyList<string> Test);
