using Grpc.Core;
using Synthesis.Data.Curation;
using Synthesis.Data.Storage;
using Synthesis.Server.Mapping;
using Synthesis.Server.Search;
using Synthesis.Server.Validation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Services;

/// <summary>
/// Flags, reviews and the curated export over the server's own database (the one <see cref="LiteDB.LiteDatabase"/> the
/// process holds for the file). Reads are open; ReviewFlag needs the API key (<see cref="ApiKeyGuard"/>). Store
/// calls are synchronous, so each LiteDB transaction stays on one thread.
/// </summary>
public sealed class CurationService(CurationDatabase curation, ApiKeyGuard guard) : Proto.Curation.CurationBase
{
    public override Task<Proto.ListFlagsResponse> ListFlags(Proto.ListFlagsRequest request, ServerCallContext context)
    {
        var (query, offset, pageSize) = CurationValidator.List(request);
        var page = curation.Store.List(query, offset, pageSize) ?? throw NoRun(query.RunId);
        var next = offset + page.Flags.Count;
        return Task.FromResult(new Proto.ListFlagsResponse
        {
            Flags = { page.Flags.Select(f => CurationMapper.ToProto(f)) },
            NextPageToken = next < page.Total ? PageToken.Encode(next, query.Fingerprint) : "",
            TotalSize = page.Total,
            Run = CurationMapper.ToProto(page.Run),
        });
    }

    public override Task<Proto.Flag> GetFlag(Proto.GetFlagRequest request, ServerCallContext context)
    {
        var id = CurationValidator.FlagId(request.FlagId);
        var flag = curation.Store.Get(id) ?? throw NotFound(id);
        return Task.FromResult(CurationMapper.ToProto(flag, curation.Store.History(id), curation.Sources.Paragraph(flag.DatasetVersion, flag.ReactionId)));
    }

    public override Task<Proto.Flag> ReviewFlag(Proto.ReviewFlagRequest request, ServerCallContext context)
    {
        guard.Require(context);
        var id = CurationValidator.FlagId(request.FlagId);
        var decision = CurationValidator.Review(request);
        try
        {
            var flag = curation.Store.Review(id, decision) ?? throw NotFound(id);
            return Task.FromResult(CurationMapper.ToProto(flag, curation.Store.History(id)));
        }
        catch (ReviewConflictException e)
        {
            throw new RpcException(new Status(StatusCode.Aborted, e.Message));
        }
    }

    public override async Task ExportDataset(Proto.ExportDatasetRequest request, IServerStreamWriter<Proto.ExportDatasetResponse> responseStream,
        ServerCallContext context)
    {
        ExportCounts counts;
        IEnumerable<string> records;
        try
        {
            (counts, records) = curation.Exporter.Export(request.IncludeDropped);
        }
        catch (InvalidOperationException e)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, e.Message));
        }
        foreach (var record in records)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            await responseStream.WriteAsync(new Proto.ExportDatasetResponse { RecordJson = record });
        }
        await responseStream.WriteAsync(new Proto.ExportDatasetResponse
        {
            Summary = new Proto.ExportSummary
            {
                DatasetVersion = counts.DatasetVersion, Records = counts.Records, Corrected = counts.Corrected, Removed = counts.Removed,
            },
        });
    }

    private static RpcException NotFound(string id) => new(new Status(StatusCode.NotFound, $"no flag with id '{id}'"));

    private static RpcException NoRun(string? runId) => new(new Status(StatusCode.FailedPrecondition, runId is null
        ? "no flagging run stored yet: run `synthesis curate run` against this database first"
        : $"no flagging run with id '{runId}'"));
}
