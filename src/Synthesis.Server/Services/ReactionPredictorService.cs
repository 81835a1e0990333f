using Grpc.Core;
using Microsoft.Extensions.Options;
using Synthesis.Server.Mapping;
using Synthesis.Server.Options;
using Synthesis.Server.Startup;
using Synthesis.Server.Validation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Services;

public sealed class ReactionPredictorService(ServingState state, RequestValidator validate, IOptions<LimitsOptions> limits)
    : Proto.ReactionPredictor.ReactionPredictorBase
{
    public override Task<Proto.PredictResponse> Predict(Proto.PredictRequest request, ServerCallContext context)
    {
        var query = validate.Query(request.Query, "query");
        var neighbours = validate.Neighbours(request.Neighbours);
        var candidates = validate.Candidates(request.Candidates);
        var model = state.Require().Predictor;
        context.CancellationToken.ThrowIfCancellationRequested();
        var prediction = ModelCalls.Predict(model, [query], neighbours, candidates)[0];
        return Task.FromResult(ProtoMapper.ToProto(prediction, model.ModelVersion));
    }

    public override async Task PredictBatch(Proto.PredictBatchRequest request, IServerStreamWriter<Proto.PredictBatchResponse> responseStream, ServerCallContext context)
    {
        var queries = validate.Batch(request);
        var neighbours = validate.Neighbours(request.Neighbours);
        var candidates = validate.Candidates(request.Candidates);
        var model = state.Require().Predictor;
        var chunk = limits.Value.PredictChunkSize;
        for (var start = 0; start < queries.Count; start += chunk)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var predictions = ModelCalls.Predict(model, queries.Skip(start).Take(chunk).ToList(), neighbours, candidates);
            for (var i = 0; i < predictions.Count; i++)
            {
                var response = new Proto.PredictBatchResponse { Index = start + i, Prediction = ProtoMapper.ToProto(predictions[i], model.ModelVersion) };
                await responseStream.WriteAsync(response, context.CancellationToken);
            }
        }
    }
}
