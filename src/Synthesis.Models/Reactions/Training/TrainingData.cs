using Synthesis.Models.Reactions.Encoding;

namespace Synthesis.Models.Reactions.Training;

/// <summary>The examples of one split, with where they came from (for the model's manifest).</summary>
public sealed record TrainingData(
    IReadOnlyList<ReactionExample> Train,
    IReadOnlyList<ReactionExample> Validation,
    IReadOnlyList<ReactionExample> Test,
    string Split,
    int MaxPrecursors,
    int DatasetVersion,
    string DatasetSha256);
