using Grpc.Core;
using Microsoft.Extensions.Options;
using Synthesis.Server.Execution;
using Synthesis.Server.Mapping;
using Synthesis.Server.Options;
using Synthesis.Server.Startup;
using Synthesis.Server.Validation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Services;

public sealed class ReactionPredictorService(
    ServingState state, RequestValidator validate, ModelExecutor executor, CallLimits callLimits, IOptions<LimitsOptions> limits)
    : Proto.ReactionPredictor.ReactionPredictorBase
{
    public override async Task<Proto.PredictResponse> Predict(Proto.PredictRequest request, ServerCallContext context)
    {
        var query = validate.Query(request.Query, "query");
        var neighbours = validate.Neighbours(request.Neighbours);
        var candidates = validate.Candidates(request.Candidates);
        var model = state.Require().Predictor;
        var predictions = await ModelCalls.PredictAsync(executor, ModelLane.Interactive, model, [query], neighbours, candidates, context.CancellationToken);
        return ProtoMapper.ToProto(predictions[0], model.ModelVersion);
    }

    /// <summary>One batch at a time (others wait their turn); each chunk is one model call in the bulk lane, so Predicts pass between chunks.</summary>
    public override async Task PredictBatch(Proto.PredictBatchRequest request, IServerStreamWriter<Proto.PredictBatchResponse> responseStream, ServerCallContext context)
    {
        var queries = validate.Batch(request);
        var neighbours = validate.Neighbours(request.Neighbours);
        var candidates = validate.Candidates(request.Candidates);
        var model = state.Require().Predictor;
        var cancellation = context.CancellationToken;
        using var turn = await callLimits.BatchAsync(cancellation);
        var chunk = Math.Max(1, limits.Value.PredictChunkSize);
        for (var start = 0; start < queries.Count; start += chunk)
        {
            var predictions = await ModelCalls.PredictAsync(executor, ModelLane.Bulk, model,
                queries.Skip(start).Take(chunk).ToList(), neighbours, candidates, cancellation);
            for (var i = 0; i < predictions.Count; i++)
            {
                var response = new Proto.PredictBatchResponse { Index = start + i, Prediction = ProtoMapper.ToProto(predictions[i], model.ModelVersion) };
                await responseStream.WriteAsync(response, cancellation);
            }
        }
    }
}
