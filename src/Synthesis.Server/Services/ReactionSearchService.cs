using Grpc.Core;
using Synthesis.Data.Storage;
using Synthesis.Server.Mapping;
using Synthesis.Server.Search;
using Synthesis.Server.Startup;
using Synthesis.Server.Validation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Services;

public sealed class ReactionSearchService(ServingState state, RequestValidator validate) : Proto.ReactionSearch.ReactionSearchBase
{
    public override Task<Proto.SimilarReactionsResponse> SimilarReactions(Proto.SimilarReactionsRequest request, ServerCallContext context)
    {
        var k = validate.K(request.K);
        var (repository, model, _) = state.Require();
        var neighbours = request.SourceCase switch
        {
            Proto.SimilarReactionsRequest.SourceOneofCase.ReactionId =>
                model.SimilarTo(validate.ReactionId(request.ReactionId), k) ?? throw NotIndexed(request.ReactionId.Trim(), repository),
            // The predictor finds neighbours of an ad-hoc reaction as part of a prediction.
            Proto.SimilarReactionsRequest.SourceOneofCase.Query =>
                ModelCalls.Predict(model, [validate.Query(request.Query, "query")], k, candidates: 0)[0].Neighbours,
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument, "set either reaction_id or query")),
        };
        return Task.FromResult(new Proto.SimilarReactionsResponse
        {
            Reactions = { neighbours.Select(ProtoMapper.ToProto) },
            ModelVersion = model.ModelVersion,
        });
    }

    public override Task<Proto.SearchReactionsResponse> SearchReactions(Proto.SearchReactionsRequest request, ServerCallContext context)
    {
        var (query, offset, pageSize) = validate.Search(request);
        var page = state.Require().Index.Search(query, offset, pageSize, context.CancellationToken);
        var next = offset + page.Hits.Count;
        return Task.FromResult(new Proto.SearchReactionsResponse
        {
            Matches = { page.Hits.Select(ProtoMapper.ToProto) },
            NextPageToken = next < page.Total ? PageToken.Encode(next, query.Fingerprint) : "",
            TotalSize = page.Total,
        });
    }

    public override Task<Proto.Reaction> GetReaction(Proto.GetReactionRequest request, ServerCallContext context)
    {
        var id = validate.ReactionId(request.ReactionId);
        var reaction = state.Require().Repository.Get(id) ?? throw NotFound(id);
        return Task.FromResult(ProtoMapper.ToProto(reaction));
    }

    private static RpcException NotFound(string id) => new(new Status(StatusCode.NotFound, $"no reaction with id '{id}'"));

    /// <summary>Stored but outside the neighbour index (dropped by cleaning, or more than 10 precursors): say so.</summary>
    private static RpcException NotIndexed(string id, IReactionRepository repository) =>
        repository.Get(id) is null ? NotFound(id)
            : new(new Status(StatusCode.NotFound, $"reaction '{id}' is not among the model's neighbours (only kept reactions with 2 to 10 precursors are)"));
}
