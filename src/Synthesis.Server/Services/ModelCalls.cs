using Grpc.Core;
using Synthesis.Models.Reactions;

namespace Synthesis.Server.Services;

/// <summary>
/// Calls the model. The predictor is thread-safe and synchronous (TorchSharp on the CPU), so requests call it
/// directly on their own thread, concurrently; no lock or queue. Its documented ArgumentException (a query the
/// model cannot take, e.g. an element outside its vocabulary) is the caller's error: INVALID_ARGUMENT with its message.
/// </summary>
public static class ModelCalls
{
    public static IReadOnlyList<ProductPrediction> Predict(IReactionPredictor predictor, IReadOnlyList<ReactionQuery> queries, int neighbours, int candidates)
    {
        try
        {
            return predictor.Predict(queries, neighbours, candidates);
        }
        catch (ArgumentException e)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, e.Message));
        }
    }
}
