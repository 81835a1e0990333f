namespace Synthesis.Data.Storage;

/// <summary>
/// A dataset version as stored. <see cref="Complete"/> is set in one small transaction after the last reaction is
/// written: readers only see complete versions, and the next import deletes an incomplete one (a killed import).
/// </summary>
public sealed class VersionRecord
{
    public const string Collection = "versions";

    public int Number { get; set; }
    public string SourceFile { get; set; } = "";
    public string ContentSha256 { get; set; } = "";

    /// <summary>The cleaning rules' revision the import ran under (<see cref="Cleaning.ReactionResolver.Revision"/>; 0 for older imports).</summary>
    public int CleaningRevision { get; set; }

    /// <summary>SHA-256 of the version's stored reactions when it completed (<see cref="DatasetContent"/>); empty for older imports.</summary>
    public string ReactionsSha256 { get; set; } = "";
    public DateTime ImportedUtc { get; set; }
    public int Total { get; set; }
    public int Kept { get; set; }
    public bool Complete { get; set; }

    /// <summary>The collection holding this version's reactions (one per version: dropping it removes them all at once).</summary>
    public static string ReactionCollection(int number) => $"reactions_{number}";

    public DatasetVersion ToDatasetVersion() =>
        new(Number, SourceFile, ContentSha256, DateTime.SpecifyKind(ImportedUtc.ToUniversalTime(), DateTimeKind.Utc), Total, Kept);
}
