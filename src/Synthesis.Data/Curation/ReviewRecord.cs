namespace Synthesis.Data.Curation;

/// <summary>
/// One curator's decision on a flag, never changed once written. Its id is the flag id and the revision it
/// created ("f…#2"), so two writers of the same revision cannot both succeed.
/// </summary>
public sealed class ReviewRecord
{
    public const string Collection = "curation_reviews";

    public string Id { get; set; } = "";
    public string FlagId { get; set; } = "";
    public string ReactionId { get; set; } = "";
    public int DatasetVersion { get; set; }
    public int Revision { get; set; }
    public ReviewStatus Status { get; set; }
    /// <summary>The corrected target as the curator wrote it (Corrected only).</summary>
    public string? CorrectedTarget { get; set; }
    public string Reviewer { get; set; } = "";
    public string Note { get; set; } = "";
    public DateTime ReviewedUtc { get; set; }

    public static string KeyOf(string flagId, int revision) => $"{flagId}#{revision}";
}

/// <summary>What a curator sends: the decision and the flag revision it was based on.</summary>
public sealed record ReviewDecision(ReviewStatus Status, string? CorrectedTarget, string Reviewer, string Note, int ExpectedRevision);
