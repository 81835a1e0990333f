using Grpc.Core;
using Synthesis.Data.Storage;
using Synthesis.Server.Execution;
using Synthesis.Server.Mapping;
using Synthesis.Server.Search;
using Synthesis.Server.Startup;
using Synthesis.Server.Validation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Services;

public sealed class ReactionSearchService(ServingState state, RequestValidator validate, ModelExecutor executor, CallLimits limits)
    : Proto.ReactionSearch.ReactionSearchBase
{
    public override async Task<Proto.SimilarReactionsResponse> SimilarReactions(Proto.SimilarReactionsRequest request, ServerCallContext context)
    {
        var k = validate.K(request.K);
        var (repository, model, _) = state.Require();
        var cancellation = context.CancellationToken;
        IReadOnlyList<Synthesis.Models.Reactions.SimilarReaction> neighbours;
        switch (request.SourceCase)
        {
            case Proto.SimilarReactionsRequest.SourceOneofCase.ReactionId:
                var id = validate.ReactionId(request.ReactionId);
                neighbours = await ModelCalls.SimilarToAsync(executor, model, id, k, cancellation) ?? throw NotIndexed(id, repository);
                break;
            // The predictor finds neighbours of an ad-hoc reaction as part of a prediction.
            case Proto.SimilarReactionsRequest.SourceOneofCase.Query:
                var query = validate.Query(request.Query, "query");
                neighbours = (await ModelCalls.PredictAsync(executor, ModelLane.Interactive, model, [query], k, candidates: 0, cancellation))[0].Neighbours;
                break;
            default:
                throw new RpcException(new Status(StatusCode.InvalidArgument, "set either reaction_id or query"));
        }
        return new Proto.SimilarReactionsResponse
        {
            Reactions = { neighbours.Select(ProtoMapper.ToProto) },
            ModelVersion = model.ModelVersion,
        };
    }

    /// <summary>Scored on the request's own thread, a few at a time (<see cref="CallLimits"/>), checking the call's cancellation as it goes.</summary>
    public override async Task<Proto.SearchReactionsResponse> SearchReactions(Proto.SearchReactionsRequest request, ServerCallContext context)
    {
        var (query, offset, pageSize) = validate.Search(request);
        var index = state.Require().Index;
        using var turn = await limits.SearchAsync(context.CancellationToken);
        var page = index.Search(query, offset, pageSize, context.CancellationToken);
        var next = offset + page.Hits.Count;
        return new Proto.SearchReactionsResponse
        {
            Matches = { page.Hits.Select(ProtoMapper.ToProto) },
            NextPageToken = next < page.Total ? PageToken.Encode(next, query.Fingerprint) : "",
            TotalSize = page.Total,
        };
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
