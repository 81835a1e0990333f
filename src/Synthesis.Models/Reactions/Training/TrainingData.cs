using Synthesis.Data.Reactions;
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
    string DatasetSha256)
{
    /// <summary>The stored reactions behind the examples, by id (DOI, conditions, text); empty for synthetic data.</summary>
    public IReadOnlyDictionary<string, Reaction> Sources { get; init; } = new Dictionary<string, Reaction>();

    /// <summary>The paper of an example, or null when its source is not known.</summary>
    public string? Doi(string id) => Sources.TryGetValue(id, out var reaction) ? reaction.Doi : null;
}
