using Grpc.Core;
using Synthesis.Chemistry;
using Synthesis.Data.Curation;
using Synthesis.Server.Search;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Validation;

/// <summary>Curation requests → store queries and decisions, or INVALID_ARGUMENT naming the field.</summary>
public static class CurationValidator
{
    public static (FlagQuery Query, int Offset, int PageSize) List(Proto.ListFlagsRequest request)
    {
        var reasons = request.Reasons.Select((r, i) => Enum.IsDefined((FlagReason)(int)r) ? (FlagReason)(int)r
            : throw Invalid($"reasons[{i}]: unknown reason {(int)r}")).ToHashSet();
        var statuses = request.Statuses.Select((s, i) => Enum.IsDefined((ReviewStatus)(int)s) ? (ReviewStatus)(int)s
            : throw Invalid($"statuses[{i}]: unknown review status {(int)s}")).ToHashSet();
        if (!(request.MinScore is >= 0 and <= 1)) throw Invalid($"min_score: must be 0 to 1, got {request.MinScore}");
        var order = request.Sort switch
        {
            Proto.FlagSort.Unspecified or Proto.FlagSort.ScoreDescending => FlagOrder.ScoreDescending,
            Proto.FlagSort.ScoreAscending => FlagOrder.ScoreAscending,
            Proto.FlagSort.ReactionId => FlagOrder.ReactionId,
            Proto.FlagSort.LastReviewed => FlagOrder.LastReviewed,
            _ => throw Invalid($"sort: unknown order {(int)request.Sort}"),
        };
        var pageSize = request.PageSize switch
        {
            0 => InputLimits.DefaultFlagPageSize,
            >= 1 and <= InputLimits.MaxPageSize => request.PageSize,
            _ => throw Invalid($"page_size: must be 1 to {InputLimits.MaxPageSize} (0 for {InputLimits.DefaultFlagPageSize}), got {request.PageSize}"),
        };
        if (request.RunId.Length > InputLimits.MaxFlagIdLength) throw Invalid($"run_id: at most {InputLimits.MaxFlagIdLength} characters");
        var query = new FlagQuery(reasons, statuses, request.MinScore, order, request.RunId.Length > 0 ? request.RunId : null);
        var offset = request.PageToken.Length == 0 ? 0
            : PageToken.Decode(request.PageToken, query.Fingerprint) ?? throw Invalid("page_token: not a token from a previous page of this same listing");
        return (query, offset, pageSize);
    }

    public static string FlagId(string id)
    {
        var trimmed = id.Trim();
        if (trimmed.Length == 0) throw Invalid("flag_id is required");
        return trimmed.Length <= InputLimits.MaxFlagIdLength ? trimmed
            : throw Invalid($"flag_id: at most {InputLimits.MaxFlagIdLength} characters, got {trimmed.Length}");
    }

    public static ReviewDecision Review(Proto.ReviewFlagRequest request)
    {
        if (request.Status == Proto.ReviewStatus.Unspecified || !Enum.IsDefined((ReviewStatus)(int)request.Status))
            throw Invalid("status: must be UNREVIEWED, CONFIRMED_ERROR, FALSE_ALARM or CORRECTED");
        var decision = new ReviewDecision((ReviewStatus)(int)request.Status, request.CorrectedTarget, request.Reviewer, request.Note, request.ExpectedRevision);
        try
        {
            ReviewDecisionCheck.Validate(decision);
        }
        catch (ArgumentException e)
        {
            throw Invalid(e.Message);
        }
        return decision;
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
