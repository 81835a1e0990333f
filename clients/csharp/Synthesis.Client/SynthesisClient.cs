using System.Runtime.CompilerServices;
using Grpc.Core;
using Grpc.Net.Client;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Client;

/// <summary>
/// Friendly client for the Synthesis server: <c>await new SynthesisClient("127.0.0.1:50051").PredictAsync(["Na2O2", "NiO"], ["mixing", "heating"])</c>.
/// Errors surface as <see cref="SynthesisException"/> carrying the gRPC status and the server's message.
/// </summary>
public sealed class SynthesisClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly Proto.ReactionPredictor.ReactionPredictorClient _predictor;
    private readonly Proto.ReactionSearch.ReactionSearchClient _search;
    private readonly Proto.PropertyPredictor.PropertyPredictorClient _properties;

    /// <param name="address">host:port (plain HTTP/2) or a full http:// or https:// URL.</param>
    public SynthesisClient(string address)
        : this(GrpcChannel.ForAddress(address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address))
    {
    }

    public SynthesisClient(GrpcChannel channel)
    {
        _channel = channel;
        _predictor = new Proto.ReactionPredictor.ReactionPredictorClient(channel);
        _search = new Proto.ReactionSearch.ReactionSearchClient(channel);
        _properties = new Proto.PropertyPredictor.PropertyPredictorClient(channel);
    }

    /// <summary>
    /// Predicts the product: ranked candidates (<paramref name="candidates"/>, 0 for the server's default of 5) and the
    /// nearest literature reactions. Molar amounts are not taken: the model never sees them.
    /// </summary>
    public Task<Prediction> PredictAsync(IEnumerable<string> precursors, IEnumerable<string> actions, int neighbours = 5,
        CancellationToken cancellation = default, int candidates = 0) =>
        Call(async () => Conversions.FromProto(await _predictor.PredictAsync(
            new Proto.PredictRequest { Query = Conversions.ToQuery(precursors, actions), Neighbours = neighbours, Candidates = candidates },
            cancellationToken: cancellation)));

    /// <summary>Predicts many reactions in one call; results stream back in input order with their index.</summary>
    public async IAsyncEnumerable<(int Index, Prediction Prediction)> PredictBatchAsync(IEnumerable<ReactionInput> reactions, int neighbours = 0,
        [EnumeratorCancellation] CancellationToken cancellation = default, int candidates = 0)
    {
        var request = new Proto.PredictBatchRequest
        {
            Queries = { reactions.Select(r => Conversions.ToQuery(r.Precursors, r.Actions)) }, Neighbours = neighbours, Candidates = candidates,
        };
        using var call = _predictor.PredictBatch(request, cancellationToken: cancellation);
        var stream = call.ResponseStream;
        while (await Call(() => stream.MoveNext(cancellation)))
            yield return (stream.Current.Index, Conversions.FromProto(stream.Current.Prediction));
    }

    /// <summary>The k dataset reactions most similar to a stored one.</summary>
    public Task<IReadOnlyList<Neighbour>> SimilarAsync(string reactionId, int k = 10, CancellationToken cancellation = default) =>
        Similar(new Proto.SimilarReactionsRequest { ReactionId = reactionId, K = k }, cancellation);

    /// <summary>The k dataset reactions most similar to an ad-hoc reaction.</summary>
    public Task<IReadOnlyList<Neighbour>> SimilarAsync(IEnumerable<string> precursors, IEnumerable<string> actions, int k = 10,
        CancellationToken cancellation = default) =>
        Similar(new Proto.SimilarReactionsRequest { Query = Conversions.ToQuery(precursors, actions), K = k }, cancellation);

    /// <summary>Fuzzy text search with element filters ("contains Li and Co, no Ni"); one page at a time.</summary>
    public Task<SearchResult> SearchAsync(string text = "", IEnumerable<string>? contains = null, IEnumerable<string>? excludes = null,
        int pageSize = 20, string? pageToken = null, CancellationToken cancellation = default) =>
        Call(async () =>
        {
            var response = await _search.SearchReactionsAsync(new Proto.SearchReactionsRequest
            {
                Text = text,
                IncludeElements = { contains ?? [] },
                ExcludeElements = { excludes ?? [] },
                PageSize = pageSize,
                PageToken = pageToken ?? "",
            }, cancellationToken: cancellation);
            return new SearchResult(response.Matches.Select(Conversions.FromProto).ToList(),
                response.NextPageToken.Length == 0 ? null : response.NextPageToken, response.TotalSize);
        });

    /// <summary>Everything stored about a reaction, as the wire message; NOT_FOUND raises <see cref="SynthesisException"/>.</summary>
    public Task<Proto.Reaction> GetReactionAsync(string reactionId, CancellationToken cancellation = default) =>
        Call(async () => await _search.GetReactionAsync(new Proto.GetReactionRequest { ReactionId = reactionId }, cancellationToken: cancellation));

    /// <summary>A composition's property with a composition model (empty <paramref name="modelName"/>: the server's default, experimental band gap in eV).</summary>
    public Task<PropertyPrediction> PredictCompositionAsync(string formula, string modelName = "", CancellationToken cancellation = default) =>
        Call(async () => Conversions.FromProto(await _properties.PredictCompositionAsync(
            new Proto.PredictCompositionRequest { Formula = formula, ModelName = modelName }, cancellationToken: cancellation)));

    /// <summary>
    /// A crystal structure's property with a structure model (empty <paramref name="modelName"/>: the server's default,
    /// last phonon DOS peak in cm⁻¹). Give exactly one of a protostructure <paramref name="label"/>, the text of a
    /// <paramref name="cif"/>, or <paramref name="pymatgenJson"/> (Structure.as_dict() as JSON text).
    /// </summary>
    public Task<PropertyPrediction> PredictStructureAsync(string? label = null, string? cif = null, string? pymatgenJson = null,
        string modelName = "", CancellationToken cancellation = default)
    {
        if (new[] { label, cif, pymatgenJson }.Count(s => s is not null) != 1)
            throw new ArgumentException("give exactly one of label, cif or pymatgenJson");
        return Call(async () => Conversions.FromProto(await _properties.PredictStructureAsync(
            new Proto.PredictStructureRequest { Label = label ?? "", Cif = cif ?? "", PymatgenJson = pymatgenJson ?? "", ModelName = modelName },
            cancellationToken: cancellation)));
    }

    /// <summary>The server's property models: what each reads and predicts, and how well.</summary>
    public Task<IReadOnlyList<PropertyModel>> ListModelsAsync(CancellationToken cancellation = default) =>
        Call<IReadOnlyList<PropertyModel>>(async () =>
            (await _properties.ListModelsAsync(new Proto.ListModelsRequest(), cancellationToken: cancellation)).Models.Select(Conversions.FromProto).ToList());

    public void Dispose() => _channel.Dispose();

    private Task<IReadOnlyList<Neighbour>> Similar(Proto.SimilarReactionsRequest request, CancellationToken cancellation) =>
        Call<IReadOnlyList<Neighbour>>(async () =>
            (await _search.SimilarReactionsAsync(request, cancellationToken: cancellation)).Reactions.Select(Conversions.FromProto).ToList());

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
