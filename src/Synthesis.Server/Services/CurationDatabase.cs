using LiteDB;
using Synthesis.Data.Curation;
using Synthesis.Data.Storage;

namespace Synthesis.Server.Services;

/// <summary>The curation store, source records and exporter over one database file.</summary>
public sealed class CurationDatabase(LiteDatabase database)
{
    public CurationStore Store { get; } = new(database);
    public SourceDocuments Sources { get; } = new(database);
    public DatasetExporter Exporter { get; } = new(database);
}
