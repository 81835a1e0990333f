using System.Diagnostics;
using Synthesis.Models.Reactions;
using static TorchSharp.torch;

namespace Synthesis.Bench.Profile;

/// <summary>
/// One Predict at a time with libtorch on one thread and on its default count, interleaved call by call: a single
/// reaction's operations are too small to split, and waking a second thread for each of them may cost more than it saves.
/// </summary>
internal static class ThreadComparison
{
    public sealed record Result(int Calls, int DefaultThreads, double OneThreadP50Ms, double DefaultThreadsP50Ms, double OneOverDefault);

    public static Result Run(ReactionPredictor predictor, IReadOnlyList<ReactionQuery> queries, int calls)
    {
        var defaultThreads = get_num_threads();
        var (one, many) = (new List<double>(calls), new List<double>(calls));
        for (var i = 0; i < calls; i++)
            foreach (var (threads, samples) in new[] { (1, one), (defaultThreads, many) })
            {
                set_num_threads(threads);
                var started = Stopwatch.GetTimestamp();
                predictor.Predict([queries[i % queries.Count]], 5, 5);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        set_num_threads(defaultThreads);
        var (oneP50, manyP50) = (Percentiles.Of(one).P50Ms, Percentiles.Of(many).P50Ms);
        return new Result(calls, defaultThreads, oneP50, manyP50, oneP50 / manyP50);
    }
}
