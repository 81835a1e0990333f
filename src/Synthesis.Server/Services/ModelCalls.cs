using Grpc.Core;
using Synthesis.Models.Reactions;
using Synthesis.Server.Execution;

namespace Synthesis.Server.Services;

/// <summary>
/// Calls the model through the <see cref="ModelExecutor"/>: the request's thread awaits, it never blocks, and the
/// call's cancellation and deadline drop the work while it still waits. The predictor's documented
/// ArgumentException (a query the model cannot take, e.g. an element outside its vocabulary) is the caller's error:
/// INVALID_ARGUMENT with its message.
/// </summary>
public static class ModelCalls
{
    public static Task<IReadOnlyList<ProductPrediction>> PredictAsync(ModelExecutor executor, ModelLane lane, IReactionPredictor predictor,
        IReadOnlyList<ReactionQuery> queries, int neighbours, int candidates, CancellationToken cancellation) =>
        executor.RunAsync(lane, () => CallersError(() => predictor.Predict(queries, neighbours, candidates)), cancellation);

    public static Task<IReadOnlyList<SimilarReaction>?> SimilarToAsync(ModelExecutor executor, IReactionPredictor predictor,
        string reactionId, int k, CancellationToken cancellation) =>
        executor.RunAsync(ModelLane.Interactive, () => CallersError(() => predictor.SimilarTo(reactionId, k)), cancellation);

    /// <summary>Runs <paramref name="call"/>, its ArgumentException becoming INVALID_ARGUMENT, after "<paramref name="field"/>: " when one is named.</summary>
    public static T CallersError<T>(Func<T> call, string? field = null)
    {
        try
        {
            return call();
        }
        catch (ArgumentException e)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, field is null ? e.Message : $"{field}: {e.Message}"));
        }
    }
}
