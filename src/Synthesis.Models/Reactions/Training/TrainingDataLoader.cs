using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions.Encoding;

namespace Synthesis.Models.Reactions.Training;

/// <summary>Reads a persisted split of the current dataset version into model examples.</summary>
public static class TrainingDataLoader
{
    public static TrainingData Load(IReactionRepository repository, SplitKind kind, int maxPrecursors, int seed)
    {
        var version = repository.CurrentVersion()
            ?? throw new InvalidOperationException("the reaction database is empty: run `synthesis import` first");
        var split = repository.Split(kind, maxPrecursors, seed);
        var byId = repository.Kept().ToDictionary(r => r.Id);
        ReactionExample[] Examples(IEnumerable<string> ids) => ids.Select(id => ReactionExample.From(byId[id])).ToArray();
        return new TrainingData(Examples(split.Train), Examples(split.Validation), Examples(split.Test),
            SplitKinds.Name(kind), maxPrecursors, version.Number, version.ContentSha256) { Sources = byId };
    }
}
