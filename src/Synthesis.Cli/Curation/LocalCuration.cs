using LiteDB;
using Synthesis.Data.Curation;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Curation;

/// <summary>The database file opened by this command (no server may hold it).</summary>
public sealed class LocalCuration(LiteDatabase database) : ICurationAccess
{
    private readonly CurationStore _store = new(database);
    private readonly SourceDocuments _sources = new(database);

    public FlagPage? List(FlagQuery query, int offset, int limit) => _store.List(query, offset, limit);

    public FlagDetail? Get(string flagId) =>
        _store.Get(flagId) is { } flag ? new FlagDetail(flag, _store.History(flagId), _sources.Paragraph(flag.DatasetVersion, flag.ReactionId)) : null;

    public FlagRecord? Review(string flagId, ReviewDecision decision) => _store.Review(flagId, decision);

    public ExportCounts Export(TextWriter output, bool includeDropped)
    {
        var (counts, records) = new DatasetExporter(database).Export(includeDropped);
        ExportFile.Write(output, records);
        return counts;
    }

    public void Dispose()
    {
    }
}
