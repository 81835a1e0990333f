using System.Diagnostics;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

/// <summary>
/// The timed pieces, each the same as bench/torch_reference/timing.py's: the median of repeated runs after a warm-up.
/// "forward" figures start from reactions already encoded as tensors, as PyTorch's do; "served" figures are what
/// <see cref="ReactionModel.Predict"/> costs, encoding included.
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
        var report = new Dictionary<string, double>
        {
            ["single_reaction_forward_ms"] = Median(singles.Select(e => model.Batcher.Build([e])).ToArray(), batch => Forward(model, batch)),
            ["single_reaction_served_ms"] = Median(singles, e => model.Predict([e])),
            ["encode_256_ms"] = MedianRepeats(() => model.Batcher.Build(examples.Take(256).ToArray()).Dispose()),
        };
        foreach (var size in new[] { 128, LargestBatch })
        {
            var batches = examples.Chunk(size).Select(c => model.Batcher.Build(c)).ToArray();
            var forwardMs = MedianRepeats(() => { foreach (var batch in batches) Forward(model, batch); });
            report[$"batch_{size}_forward_reactions_per_second"] = examples.Count / forwardMs * 1000;
            var servedMs = MedianRepeats(() => model.Predict(examples, size));
            report[$"batch_{size}_served_reactions_per_second"] = examples.Count / servedMs * 1000;
            foreach (var batch in batches) batch.Dispose();
        }
        report["training_step_ms"] = TrainingStepMs(model, examples.Take(256).ToArray());
        return report;
    }

    private static void Forward(ReactionModel model, ReactionBatch batch)
    {
        using var work = BatchScope.ForInference(batch.Size);
        using var inference = inference_mode();
        model.Forward(batch);
    }

    /// <summary>One optimiser step of classifier member 0 (Adam, as the trainer), on a batch of 256 already encoded.</summary>
    private static double TrainingStepMs(ReactionModel model, ReactionExample[] examples)
    {
        using var batch = model.Batcher.Build(examples);
        var classifier = model.Classifiers[0];
        classifier.train();
        var optimizer = optim.Adam(classifier.parameters(), lr: 1e-3);
        var times = new List<double>();
        for (var step = 0; step < TrainingSteps + 2; step++)
        {
            var clock = Stopwatch.StartNew();
            using (BatchScope.Begin())
            {
                optimizer.zero_grad();
                Tensor u;
                using (no_grad()) u = model.ActionEmbedding(batch);
                var (_, logits) = classifier.Forward(batch, u);
                AlchemyMask.Loss(logits, batch.ProductPresence!, batch.AllowedMask).backward();
                optimizer.step();
            }
            if (step >= 2) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        classifier.eval();
        return Median(times);
    }

    private static double Median<T>(T[] items, Action<T> run)
    {
        foreach (var item in items.Take(20)) run(item);
        return Median(items.Select(item =>
        {
            var clock = Stopwatch.StartNew();
            run(item);
            return clock.Elapsed.TotalMilliseconds;
        }).ToList());
    }

    private static double MedianRepeats(Action run)
    {
        run();
        return Median(Enumerable.Range(0, Repeats).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            run();
            return clock.Elapsed.TotalMilliseconds;
        }).ToList());
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
