using System.Diagnostics;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

/// <summary>
/// The timed pieces, each the same as bench/torch_reference/timing.py's: the median wall time of repeated runs after a
/// warm-up, and beside it (<c>…_cpu</c>) the process's CPU time per run, averaged over the same runs — the steadier
/// figure on a machine shared with other work, where wall time includes waiting for a core. "forward" figures start
/// from reactions already encoded as tensors, as PyTorch's do (the members stacked, as served; "members_one_by_one":
/// each member's modules in turn, as before stacking); "served" figures are what <see cref="ReactionModel.Predict"/>
/// costs, encoding included.
/// </summary>
internal static class Timings
{
    public const int LargestBatch = 1024;
    private const int SingleReactions = 200;
    private const int Repeats = 5;
    private const int TrainingSteps = 10;

    public static Dictionary<string, double> Measure(ReactionModel model, IReadOnlyList<ReactionExample> examples)
    {
        var singles = examples.Take(SingleReactions).ToArray();
        var report = new Dictionary<string, double>();
        var singleBatches = singles.Select(e => model.Batcher.Build([e])).ToArray();
        Add(report, "single_reaction_forward_ms", Median(singleBatches, batch => Forward(model, batch)));
        Add(report, "single_reaction_forward_members_one_by_one_ms", Median(singleBatches, batch => Forward(model, batch, stacked: false)));
        Add(report, "single_reaction_served_ms", Median(singles, e => model.Predict([e])));
        Add(report, "encode_256_ms", MedianRepeats(() => model.Batcher.Build(examples.Take(256).ToArray()).Dispose()));
        foreach (var size in new[] { 128, LargestBatch })
        {
            var batches = examples.Chunk(size).Select(c => model.Batcher.Build(c)).ToArray();
            var forward = MedianRepeats(() => { foreach (var batch in batches) Forward(model, batch); });
            Add(report, $"batch_{size}_forward_reactions_per_second", (examples.Count / forward.WallMs * 1000, examples.Count / forward.CpuMs * 1000));
            var oneByOne = MedianRepeats(() => { foreach (var batch in batches) Forward(model, batch, stacked: false); });
            Add(report, $"batch_{size}_forward_members_one_by_one_reactions_per_second",
                (examples.Count / oneByOne.WallMs * 1000, examples.Count / oneByOne.CpuMs * 1000));
            var served = MedianRepeats(() => model.Predict(examples, size));
            Add(report, $"batch_{size}_served_reactions_per_second", (examples.Count / served.WallMs * 1000, examples.Count / served.CpuMs * 1000));
            foreach (var batch in batches) batch.Dispose();
        }
        Add(report, "training_step_ms", TrainingStepMs(model, examples.Take(256).ToArray()));
        return report;
    }

    private static void Add(Dictionary<string, double> report, string name, (double Wall, double Cpu) figure)
    {
        report[name] = figure.Wall;
        report[name + "_cpu"] = figure.Cpu;
    }

    private static void Forward(ReactionModel model, ReactionBatch batch, bool stacked = true)
    {
        using var work = BatchScope.ForInference(batch.Size);
        using var inference = inference_mode();
        model.Forward(batch, stacked);
    }

    /// <summary>One optimiser step of classifier member 0 (Adam, as the trainer), on a batch of 256 already encoded.</summary>
    private static (double WallMs, double CpuMs) TrainingStepMs(ReactionModel model, ReactionExample[] examples)
    {
        using var batch = model.Batcher.Build(examples);
        var classifier = model.Classifiers[0];
        classifier.train();
        var optimizer = optim.Adam(classifier.parameters(), lr: 1e-3);
        var steps = Enumerable.Range(0, TrainingSteps).ToArray();
        var result = Median(steps, _ =>
        {
            using var work = BatchScope.Begin();
            optimizer.zero_grad();
            Tensor u;
            using (no_grad()) u = model.ActionEmbedding(batch);
            var (_, logits) = classifier.Forward(batch, u);
            AlchemyMask.Loss(logits, batch.ProductPresence!, batch.AllowedMask).backward();
            optimizer.step();
        }, warmUp: 2);
        classifier.eval();
        return result;
    }

    /// <summary>Runs each item once after a warm-up: the median wall ms and the mean process CPU ms per item.</summary>
    private static (double WallMs, double CpuMs) Median<T>(T[] items, Action<T> run, int warmUp = 20)
    {
        foreach (var item in items.Take(warmUp)) run(item);
        var times = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var item in items)
        {
            var clock = Stopwatch.StartNew();
            run(item);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (Median(times), (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / items.Length);
    }

    private static (double WallMs, double CpuMs) MedianRepeats(Action run) => Median(new int[Repeats], _ => run(), warmUp: 1);

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
