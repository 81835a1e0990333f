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
    public sealed record Result(string A, string B, double AReactionsPerSecond, double BReactionsPerSecond, double ASpeedOverB);

    /// <param name="a">one side: its name, whether it runs the stacked members (else one by one), reactions per forward pass</param>
    /// <param name="prepare">called with true before each A part and false before each B part</param>
    public static Result Run(ReactionModel model, IReadOnlyList<ReactionExample> examples, int rounds,
        (string Name, bool Stacked, int Chunk) a, (string Name, bool Stacked, int Chunk) b, Action<bool>? prepare = null)
    {
        var seconds = new double[2];
        var part = Math.Max(a.Chunk, b.Chunk);
        for (var round = 0; round <= rounds; round++)
            foreach (var group in examples.Chunk(part))
                for (var side = 0; side < 2; side++)
                {
                    prepare?.Invoke(side == 0);
                    var (stacked, chunk) = side == 0 ? (a.Stacked, a.Chunk) : (b.Stacked, b.Chunk);
                    var clock = Stopwatch.StartNew();
                    foreach (var piece in group.Chunk(chunk))
                        using (BatchScope.ForInference(piece.Length))
                        using (inference_mode())
                            model.Forward(model.Batcher.Build(piece), stacked);
                    if (round > 0) seconds[side] += clock.Elapsed.TotalSeconds; // round 0 warms both up
                }
        var (rateA, rateB) = (rounds * examples.Count / seconds[0], rounds * examples.Count / seconds[1]);
        return new Result(a.Name, b.Name, rateA, rateB, rateA / rateB);
    }
}
