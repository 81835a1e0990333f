namespace Synthesis.Data.Curation;

public enum FlagOrder { ScoreDescending, ScoreAscending, ReactionId, LastReviewed }

/// <summary>Which flags of a run to list: any of the reasons, any of the states (empty: all), a minimum score, an order.</summary>
public sealed record FlagQuery(
    IReadOnlyCollection<FlagReason> Reasons,
    IReadOnlyCollection<ReviewStatus> Statuses,
    double MinScore = 0,
    FlagOrder Order = FlagOrder.ScoreDescending,
    string? RunId = null)
{
    public static FlagQuery All { get; } = new([], []);

    /// <summary>Identifies the filters and order, for page tokens that only fit the same query.</summary>
    public string Fingerprint =>
        $"{string.Join(',', Reasons.Order())}|{string.Join(',', Statuses.Order())}|{MinScore:R}|{Order}|{RunId}";
}

public sealed record FlagPage(RunRecord Run, int Total, IReadOnlyList<FlagRecord> Flags);
