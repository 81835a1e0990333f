using Synthesis.Data.Curation;

namespace Synthesis.Cli.Curation;

/// <summary>A flag with its review history and the paragraph its reaction was mined from (null when not kept).</summary>
public sealed record FlagDetail(FlagRecord Flag, IReadOnlyList<ReviewRecord> History, string? Paragraph);

/// <summary>
/// Where `synthesis curate list/show/review/export/report` read and write: the database file directly, or — when a
/// server owns the file (`--server`) — that server's Curation service. One owner per database file.
/// </summary>
public interface ICurationAccess : IDisposable
{
    /// <summary>A page of flags; null when there is no flagging run.</summary>
    FlagPage? List(FlagQuery query, int offset, int limit);

    FlagDetail? Get(string flagId);

    /// <summary>The flag as it now stands; null when unknown; <see cref="ReviewConflictException"/> when it moved on.</summary>
    FlagRecord? Review(string flagId, ReviewDecision decision);

    ExportCounts Export(TextWriter output, bool includeDropped);
}
