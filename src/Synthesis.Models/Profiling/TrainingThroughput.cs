using System.Diagnostics;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Reactions.Training;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Models.Profiling;

/// <summary>How fast a classifier member trains on a model's configuration: what one epoch of `synthesis train reaction` costs.</summary>
public static class TrainingThroughput
{
    /// <summary>
    /// Seconds per epoch of a fresh classifier member with the model's options, trained as the trainer does (Adam at the
    /// default learning rate, shuffled batches of the default size, each in a <see cref="BatchScope"/>, the action
    /// embedding without gradients): <paramref name="steps"/> optimiser steps after one warm-up step, scaled to the
    /// epoch's steps; null runs the whole epoch.
    /// </summary>
    public static double ClassifierEpochSeconds(ReactionModel model, IReadOnlyList<ReactionExample> train, int? steps = null, int seed = 1)
    {
        var options = new ReactionTrainingOptions();
        var epochSteps = (int)Math.Ceiling(train.Count / (double)options.BatchSize);
        var timed = Math.Min(steps ?? epochSteps, epochSteps);
        using var classifier = new ElementClassifier(model.Manifest.Options, model.Vocabulary.Count);
        var optimizer = optim.Adam(classifier.parameters(), lr: options.LearningRate);
        var random = new Random(seed);
        var order = train.OrderBy(_ => random.Next()).ToArray();
        var clock = new Stopwatch();
        for (var step = 0; step <= timed; step++)
        {
            if (step == 1) clock.Start();
            using var work = BatchScope.Begin();
            var batch = model.Batcher.Build(order.Skip(step % epochSteps * options.BatchSize).Take(options.BatchSize).ToArray());
            Tensor u;
            using (no_grad()) u = model.ActionEmbedding(batch);
            var (_, logits) = classifier.Forward(batch, u);
            optimizer.zero_grad();
            var loss = AlchemyMask.Loss(logits, batch.ProductPresence!, batch.AllowedMask);
            loss.backward();
            optimizer.step();
            loss.item<float>();
        }
        return clock.Elapsed.TotalSeconds / timed * epochSteps;
    }
}
