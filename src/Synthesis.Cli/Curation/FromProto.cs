using Synthesis.Data.Curation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Cli.Curation;

/// <summary>The Curation service's messages as the store's records (the enums share their numbers).</summary>
public static class FromProto
{
    public static FlagRecord Flag(Proto.Flag f) => new()
    {
        Id = f.FlagId, RunId = f.RunId, ReactionId = f.ReactionId, Doi = f.Doi, ReactionString = f.ReactionString,
        Reasons = f.Reasons.Select(r => (FlagReason)(int)r).ToList(), Score = f.Score,
        RecordedProduct = f.RecordedProduct, PredictedProduct = f.PredictedProduct, Confidence = f.Confidence,
        Signals = f.Signals is { } s ? new ModelSignals
        {
            RecordedRank = s.RecordedRank, RecordedProbability = s.RecordedProbability, TopProbability = s.TopProbability, L1Error = s.L1Error,
            EleMdError = s.ElemdError, ExtraElements = [.. s.ExtraElements], MissingElements = [.. s.MissingElements],
            NeighbourAgreement = s.NeighbourAgreement, NeighboursConsidered = s.NeighboursConsidered, HasCandidates = s.HasCandidates,
        } : null,
        Findings = f.Findings.Select(x => new RuleFinding { Reason = (FlagReason)(int)x.Reason, Detail = x.Detail }).ToList(),
        Candidates = f.Candidates.Select(c => new FlagCandidate { Formula = c.Formula, Probability = c.Probability, Sources = [.. c.Sources] }).ToList(),
        Neighbours = f.Neighbours.Select(n => new FlagNeighbour
        {
            ReactionId = n.ReactionId, Doi = n.Doi, ReactionString = n.ReactionString, Target = n.Target, Similarity = n.Similarity,
        }).ToList(),
        DatasetVersion = f.DatasetVersion, ModelVersion = f.ModelVersion, InSample = f.InSample,
        Status = (ReviewStatus)(int)f.Status, Revision = f.Revision, LastReviewedUtc = f.Review?.ReviewedAt?.ToDateTime(),
    };

    public static ReviewRecord Review(Proto.Flag flag, Proto.Review r) => new()
    {
        Id = ReviewRecord.KeyOf(flag.FlagId, r.Revision), FlagId = flag.FlagId, ReactionId = flag.ReactionId, DatasetVersion = flag.DatasetVersion,
        Revision = r.Revision, Status = (ReviewStatus)(int)r.Status, CorrectedTarget = r.CorrectedTarget.Length > 0 ? r.CorrectedTarget : null,
        Reviewer = r.Reviewer, Note = r.Note, ReviewedUtc = r.ReviewedAt?.ToDateTime() ?? default,
    };

    public static RunRecord Run(Proto.FlaggingRun r) => new()
    {
        Id = r.Id, DatasetVersion = r.DatasetVersion, ModelVersion = r.ModelVersion, Mode = r.Mode, Folds = r.Folds, Threshold = r.Threshold,
        ReactionsScored = r.ReactionsScored, Flags = r.Flags, FinishedUtc = r.FinishedAt?.ToDateTime() ?? default,
    };

    public static ExportCounts Counts(Proto.ExportSummary s) => ExportCounts.Of(s.DatasetVersion, s.Records, s.Corrected, s.Removed);
}
