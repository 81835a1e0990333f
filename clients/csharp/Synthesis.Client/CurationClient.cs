using System.Runtime.CompilerServices;
using Grpc.Core;
using Grpc.Net.Client;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Client;

/// <summary>
/// Client for the server's Curation service: <c>new CurationClient("127.0.0.1:50051", apiKey).ListFlagsAsync()</c>. The
/// API key (sent as "x-api-key") is needed only for reviews. Errors surface as <see cref="SynthesisException"/>; a review
/// that lost a race to another reviewer has status <see cref="StatusCode.Aborted"/>: fetch the flag again and resend.
/// </summary>
public sealed class CurationClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly Proto.Curation.CurationClient _curation;
    private readonly string? _apiKey;

    /// <param name="address">host:port (plain HTTP/2) or a full URL.</param>
    public CurationClient(string address, string? apiKey = null)
        : this(GrpcChannel.ForAddress(address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address), apiKey)
    {
    }

    public CurationClient(GrpcChannel channel, string? apiKey = null)
    {
        _channel = channel;
        _curation = new Proto.Curation.CurationClient(channel);
        _apiKey = apiKey;
    }

    /// <summary>A page of flags, best first; filters by reason and state names as the API spells them ("MODEL_DISAGREES", "UNREVIEWED").</summary>
    public Task<FlagPage> ListFlagsAsync(IEnumerable<string>? reasons = null, IEnumerable<string>? statuses = null, double minScore = 0,
        int pageSize = 20, string? pageToken = null, CancellationToken cancellation = default) =>
        Call(async () =>
        {
            var response = await _curation.ListFlagsAsync(new Proto.ListFlagsRequest
            {
                Reasons = { (reasons ?? []).Select(Parse<Proto.FlagReason>) },
                Statuses = { (statuses ?? []).Select(Parse<Proto.ReviewStatus>) },
                MinScore = minScore, PageSize = pageSize, PageToken = pageToken ?? "",
            }, cancellationToken: cancellation);
            return new FlagPage(response.Flags.Select(ToFlag).ToList(), response.NextPageToken.Length == 0 ? null : response.NextPageToken, response.TotalSize);
        });

    /// <summary>One flag with its review history and source paragraph.</summary>
    public Task<Flag> GetFlagAsync(string flagId, CancellationToken cancellation = default) =>
        Call(async () => ToFlag(await _curation.GetFlagAsync(new Proto.GetFlagRequest { FlagId = flagId }, cancellationToken: cancellation)));

    /// <summary>Records a decision ("CONFIRMED_ERROR", "FALSE_ALARM", "CORRECTED" with the target, "UNREVIEWED") on the revision read.</summary>
    public Task<Flag> ReviewFlagAsync(string flagId, string status, int expectedRevision, string reviewer, string? correctedTarget = null,
        string note = "", CancellationToken cancellation = default) =>
        Call(async () => ToFlag(await _curation.ReviewFlagAsync(new Proto.ReviewFlagRequest
        {
            FlagId = flagId, Status = Parse<Proto.ReviewStatus>(status), ExpectedRevision = expectedRevision, Reviewer = reviewer,
            CorrectedTarget = correctedTarget ?? "", Note = note,
        }, _apiKey is null ? null : new Metadata { { "x-api-key", _apiKey } }, cancellationToken: cancellation)));

    /// <summary>The curated dataset's records (source JSON schema), in order.</summary>
    public async IAsyncEnumerable<string> ExportDatasetAsync(bool includeDropped = false, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        using var call = _curation.ExportDataset(new Proto.ExportDatasetRequest { IncludeDropped = includeDropped }, cancellationToken: cancellation);
        while (await Call(() => call.ResponseStream.MoveNext(cancellation)))
            if (call.ResponseStream.Current.ItemCase == Proto.ExportDatasetResponse.ItemOneofCase.RecordJson)
                yield return call.ResponseStream.Current.RecordJson;
    }

    public void Dispose() => _channel.Dispose();

    /// <summary>"CONFIRMED_ERROR" or "confirmed-error" → the enum value named REVIEW_STATUS_CONFIRMED_ERROR.</summary>
    private static T Parse<T>(string name) where T : struct, Enum =>
        Enum.TryParse<T>(name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value)
            ? value : throw new ArgumentException($"unknown value '{name}' for {typeof(T).Name}");

    private static Flag ToFlag(Proto.Flag f) => new(
        f.FlagId, f.ReactionId, f.Doi, f.ReactionString, f.Reasons.Select(Name).ToList(), f.Score, f.RecordedProduct, f.PredictedProduct,
        f.Confidence, Name(f.Status), f.Revision, f.Candidates.Select(c => new FlagCandidate(c.Formula, c.Probability)).ToList(),
        f.Neighbours.Select(Conversions.FromProto).ToList(),
        f.History.Select(r => new FlagReview(r.Revision, Name(r.Status), r.CorrectedTarget, r.Reviewer, r.Note, r.ReviewedAt?.ToDateTime())).ToList(),
        f.Paragraph, f.InSample);

    /// <summary>The API's name without its enum prefix: "MODEL_DISAGREES", "CONFIRMED_ERROR".</summary>
    private static string Name<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RpcException e)
        {
            throw new SynthesisException(e.StatusCode, e.Status.Detail, e);
        }
    }
}

/// <summary>A flagged reaction: why, how strongly, recorded vs predicted product, and where its review stands.</summary>
public sealed record Flag(string FlagId, string ReactionId, string Doi, string ReactionString, IReadOnlyList<string> Reasons, double Score,
    string RecordedProduct, string PredictedProduct, double Confidence, string Status, int Revision, IReadOnlyList<FlagCandidate> Candidates,
    IReadOnlyList<Neighbour> Neighbours, IReadOnlyList<FlagReview> History, string Paragraph, bool InSample);

public sealed record FlagCandidate(string Formula, double Probability);

public sealed record FlagReview(int Revision, string Status, string CorrectedTarget, string Reviewer, string Note, DateTime? ReviewedAtUtc);

/// <summary>One page of flags; pass <see cref="NextPageToken"/> back for the next (null on the last page).</summary>
public sealed record FlagPage(IReadOnlyList<Flag> Flags, string? NextPageToken, int Total);
