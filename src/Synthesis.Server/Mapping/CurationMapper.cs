using Google.Protobuf.WellKnownTypes;
using Synthesis.Data.Curation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Mapping;

/// <summary>Curation records → wire messages (the enums share their numbers with the proto's).</summary>
public static class CurationMapper
{
    public static Proto.Flag ToProto(FlagRecord flag, IReadOnlyList<ReviewRecord>? history = null, string? paragraph = null)
    {
        var message = new Proto.Flag
        {
            FlagId = flag.Id, ReactionId = flag.ReactionId, Doi = flag.Doi, ReactionString = flag.ReactionString,
            Reasons = { flag.Reasons.Select(r => (Proto.FlagReason)(int)r) },
            Score = flag.Score, RecordedProduct = flag.RecordedProduct, PredictedProduct = flag.PredictedProduct, Confidence = flag.Confidence,
            Findings = { flag.Findings.Select(f => new Proto.RuleFinding { Reason = (Proto.FlagReason)(int)f.Reason, Detail = f.Detail }) },
            Candidates = { flag.Candidates.Select(c => new Proto.FlagCandidate { Formula = c.Formula, Probability = c.Probability, Sources = { c.Sources } }) },
            Neighbours =
            {
                flag.Neighbours.Select(n => new Proto.SimilarReaction
                {
                    ReactionId = n.ReactionId, Doi = n.Doi, ReactionString = n.ReactionString, Target = n.Target, Similarity = n.Similarity,
                }),
            },
            Status = (Proto.ReviewStatus)(int)flag.Status, Revision = flag.Revision,
            RunId = flag.RunId, DatasetVersion = flag.DatasetVersion, ModelVersion = flag.ModelVersion, InSample = flag.InSample,
            Paragraph = paragraph ?? "",
        };
        if (flag.Signals is { } s)
            message.Signals = new Proto.ModelSignals
            {
                RecordedRank = s.RecordedRank, RecordedProbability = s.RecordedProbability, TopProbability = s.TopProbability,
                L1Error = s.L1Error, ElemdError = s.EleMdError, ExtraElements = { s.ExtraElements }, MissingElements = { s.MissingElements },
                NeighbourAgreement = s.NeighbourAgreement, NeighboursConsidered = s.NeighboursConsidered, HasCandidates = s.HasCandidates,
            };
        if (history is not null)
        {
            message.History.AddRange(history.Select(ToProto));
            if (history.Count > 0) message.Review = ToProto(history[^1]);
        }
        return message;
    }

    public static Proto.Review ToProto(ReviewRecord review) => new()
    {
        Revision = review.Revision, Status = (Proto.ReviewStatus)(int)review.Status, CorrectedTarget = review.CorrectedTarget ?? "",
        Reviewer = review.Reviewer, Note = review.Note, ReviewedAt = Timestamp.FromDateTime(Utc(review.ReviewedUtc)),
    };

    public static Proto.FlaggingRun ToProto(RunRecord run) => new()
    {
        Id = run.Id, DatasetVersion = run.DatasetVersion, ModelVersion = run.ModelVersion, Mode = run.Mode, Folds = run.Folds,
        Threshold = run.Threshold, ReactionsScored = run.ReactionsScored, Flags = run.Flags,
        FinishedAt = Timestamp.FromDateTime(Utc(run.FinishedUtc)), ScoreFormula = FlagScore.Formula,
    };

    /// <summary>LiteDB hands dates back in local time.</summary>
    private static DateTime Utc(DateTime time) => time.Kind == DateTimeKind.Utc ? time : DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc);
}
