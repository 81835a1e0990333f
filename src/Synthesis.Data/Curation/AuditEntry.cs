namespace Synthesis.Data.Curation;

/// <summary>One line of the append-only audit log: who changed what, when, from which state to which.</summary>
public sealed class AuditEntry
{
    public const string Collection = "curation_audit";

    /// <summary>Auto-incremented: the log's order.</summary>
    public int Id { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>"review" or "run".</summary>
    public string Action { get; set; } = "";
    /// <summary>The reviewer, or "synthesis curate run".</summary>
    public string Actor { get; set; } = "";
    public string? FlagId { get; set; }
    public string? ReactionId { get; set; }
    public string? RunId { get; set; }
    public ReviewStatus? From { get; set; }
    public ReviewStatus? To { get; set; }
    public int? Revision { get; set; }
    public string Detail { get; set; } = "";
}
