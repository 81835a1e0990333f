using Synthesis.Data.Curation;

namespace Synthesis.Data.Tests.Curation;

/// <summary>A stored run with flags on given reactions, for the store and export tests.</summary>
internal static class CurationFixtures
{
    public static RunRecord Run(string modelVersion = "test-model", int datasetVersion = 1) => new()
    {
        Id = RunRecord.IdOf(datasetVersion, "sha", modelVersion, RunRecord.InSample), DatasetVersion = datasetVersion, ModelVersion = modelVersion,
        Mode = RunRecord.InSample, Threshold = 0.3, FinishedUtc = new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc),
    };

    public static FlagRecord Flag(RunRecord run, string reactionId, double score, params FlagReason[] reasons) => new()
    {
        Id = $"f-{run.Id}-{reactionId}", RunId = run.Id, ReactionId = reactionId, Score = score, Reasons = [.. reasons],
        RecordedProduct = "BaTiO3", PredictedProduct = "BaTi2O5", DatasetVersion = run.DatasetVersion, ModelVersion = run.ModelVersion,
    };

    public static ReviewDecision Decision(ReviewStatus status, int revision, string reviewer = "ada", string? target = null, string note = "") =>
        new(status, target, reviewer, note, revision);
}
