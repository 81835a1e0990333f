using System.Diagnostics;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Bench.Profile;

/// <summary>
/// Two ways of running the same forward passes, interleaved chunk by chunk (A, B, A, B …) so that a shared machine's
/// load falls on both alike: reactions/s of each and their ratio.
/// </summary>
internal static class ForwardComparison
{
    public sealed record Result(string A, string B, double AReactionsPerSecond, double BReactionsPerSecond, double BOverA);

    /// <param name="prepare">called with true before each A chunk and false before each B chunk</param>
    /// <param name="stacked">the forward pass each side runs: stacked members or one by one</param>
    public static Result Run(ReactionModel model, IReadOnlyList<ReactionExample> examples, int chunk, int rounds,
        (string Name, bool Stacked) a, (string Name, bool Stacked) b, Action<bool>? prepare = null)
    {
        var seconds = new double[2];
        for (var round = 0; round <= rounds; round++)
            foreach (var part in examples.Chunk(chunk))
                for (var side = 0; side < 2; side++)
                {
                    prepare?.Invoke(side == 0);
                    var clock = Stopwatch.StartNew();
                    using (BatchScope.ForInference(part.Length))
                    using (inference_mode())
                        model.Forward(model.Batcher.Build(part), side == 0 ? a.Stacked : b.Stacked);
                    if (round > 0) seconds[side] += clock.Elapsed.TotalSeconds; // round 0 warms both up
                }
        var (rateA, rateB) = (rounds * examples.Count / seconds[0], rounds * examples.Count / seconds[1]);
        return new Result(a.Name, b.Name, rateA, rateB, rateA / rateB);
    }
}
