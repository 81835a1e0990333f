using Synthesis.Data.Curation;
using Synthesis.Data.Curation.Rules;
using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;

namespace Synthesis.Models.Curation;

/// <summary>Joins a run's model scores with the rule checks into flags and stores them (idempotently per dataset and model version).</summary>
public static class CurationRunner
{
    public static RunRecord Save(CurationStore store, DatasetVersion version, string modelVersion, string mode, int folds, double threshold,
        IReadOnlyList<Reaction> kept, IReadOnlyList<ScoredReaction> scored, DateTime? now = null)
    {
        if (threshold is < 0 or > 1) throw new ArgumentException($"--threshold must be between 0 and 1, got {threshold}");
        var rules = RuleChecks.Check(kept);
        var byId = scored.ToDictionary(s => s.ReactionId);
        var run = new RunRecord
        {
            Id = RunRecord.IdOf(version.Number, version.ContentSha256, modelVersion, mode),
            DatasetVersion = version.Number, ModelVersion = modelVersion, Mode = mode, Folds = folds, Threshold = threshold,
            ReactionsScored = scored.Count, FinishedUtc = now ?? DateTime.UtcNow,
        };
        var flags = kept.Select(r => FlagBuilder.Build(run, r, byId.GetValueOrDefault(r.Id), rules.GetValueOrDefault(r.Id) ?? []))
            .OfType<FlagRecord>().ToList();
        run.Flags = flags.Count;
        store.SaveRun(run, flags);
        return run;
    }
}
