using Grpc.Core;
using Grpc.Net.Client;
using Synthesis.Data.Curation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Cli.Curation;

/// <summary>
/// A running server's Curation service (the server owns the database file). Reviews send the API key from
/// $SYNTHESIS_API_KEY; the server's answers come back as the store's own records and exceptions, so the commands do
/// not care which side they talk to.
/// </summary>
public sealed class RemoteCuration : ICurationAccess
{
    public const string ServerVariable = "SYNTHESIS_SERVER";
    public const string ApiKeyVariable = "SYNTHESIS_API_KEY";
    private readonly GrpcChannel _channel;
    private readonly Proto.Curation.CurationClient _client;

    public RemoteCuration(string address)
    {
        var uri = address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address;
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed)) throw new ArgumentException($"--server: '{address}' is not host:port or a URL");
        _channel = GrpcChannel.ForAddress(parsed);
        _client = new Proto.Curation.CurationClient(_channel);
    }

    public FlagPage? List(FlagQuery query, int offset, int limit)
    {
        var request = new Proto.ListFlagsRequest
        {
            Reasons = { query.Reasons.Select(r => (Proto.FlagReason)(int)r) },
            Statuses = { query.Statuses.Select(s => (Proto.ReviewStatus)(int)s) },
            MinScore = query.MinScore, Sort = (Proto.FlagSort)((int)query.Order + 1), PageSize = limit, RunId = query.RunId ?? "",
        };
        // The service pages with tokens: walk to the offset page by page.
        var skipped = 0;
        while (true)
        {
            Proto.ListFlagsResponse response;
            try
            {
                response = Call(() => _client.ListFlags(request));
            }
            catch (InvalidOperationException) when (request.PageToken.Length == 0)
            {
                return null;
            }
            if (skipped + response.Flags.Count > offset || response.NextPageToken.Length == 0)
                return new FlagPage(FromProto.Run(response.Run), response.TotalSize, response.Flags.Skip(offset - skipped).Select(f => FromProto.Flag(f)).ToList());
            skipped += response.Flags.Count;
            request.PageToken = response.NextPageToken;
        }
    }

    public FlagDetail? Get(string flagId)
    {
        try
        {
            var flag = Call(() => _client.GetFlag(new Proto.GetFlagRequest { FlagId = flagId }));
            return new FlagDetail(FromProto.Flag(flag), flag.History.Select(h => FromProto.Review(flag, h)).ToList(), flag.Paragraph.Length > 0 ? flag.Paragraph : null);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    public FlagRecord? Review(string flagId, ReviewDecision decision)
    {
        var metadata = new Metadata();
        if (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key) metadata.Add("x-api-key", key);
        try
        {
            return FromProto.Flag(Call(() => _client.ReviewFlag(new Proto.ReviewFlagRequest
            {
                FlagId = flagId, Status = (Proto.ReviewStatus)(int)decision.Status, CorrectedTarget = decision.CorrectedTarget ?? "",
                Reviewer = decision.Reviewer, Note = decision.Note, ExpectedRevision = decision.ExpectedRevision,
            }, metadata)));
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    public ExportCounts Export(TextWriter output, bool includeDropped)
    {
        Proto.ExportSummary? summary = null;
        Call(() =>
        {
            using var call = _client.ExportDataset(new Proto.ExportDatasetRequest { IncludeDropped = includeDropped });
            ExportFile.Write(output, Records(call.ResponseStream, s => summary = s));
            return 0;
        });
        return summary is null ? throw new InvalidOperationException("the server's export ended without its summary")
            : FromProto.Counts(summary);
    }

    private static IEnumerable<string> Records(IAsyncStreamReader<Proto.ExportDatasetResponse> stream, Action<Proto.ExportSummary> summary)
    {
        while (stream.MoveNext().GetAwaiter().GetResult())
        {
            if (stream.Current.ItemCase == Proto.ExportDatasetResponse.ItemOneofCase.Summary) summary(stream.Current.Summary);
            else yield return stream.Current.RecordJson;
        }
    }

    /// <summary>The server's status as the store's exceptions: ABORTED → conflict, NOT_FOUND → missing, bad input → ArgumentException.</summary>
    private static T Call<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (RpcException e)
        {
            throw e.StatusCode switch
            {
                StatusCode.Aborted => new ReviewConflictException(e.Status.Detail),
                StatusCode.NotFound => new KeyNotFoundException(e.Status.Detail),
                StatusCode.InvalidArgument or StatusCode.Unauthenticated or StatusCode.PermissionDenied => new ArgumentException($"server: {e.Status.Detail}"),
                StatusCode.FailedPrecondition => new InvalidOperationException($"server: {e.Status.Detail}"),
                StatusCode.Unavailable => new InvalidOperationException($"server unavailable: {e.Status.Detail}"),
                _ => new InvalidOperationException($"server error {e.StatusCode}: {e.Status.Detail}"),
            };
        }
    }

    public void Dispose() => _channel.Dispose();
}
