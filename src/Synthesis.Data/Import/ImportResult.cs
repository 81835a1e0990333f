using Synthesis.Data.Storage;

namespace Synthesis.Data.Import;

/// <summary>
/// What an import did. <see cref="AlreadyImported"/>: the file's hash matched a complete version and nothing was
/// written. <see cref="BadRecords"/> names the first records dropped as malformed or absurd (index, DOI, reason).
/// </summary>
public sealed record ImportResult(
    DatasetVersion Version,
    bool AlreadyImported,
    IReadOnlyList<int> DiscardedIncompleteVersions,
    IReadOnlyDictionary<string, int> Dropped,
    IReadOnlyList<string> BadRecords,
    TimeSpan Elapsed);
