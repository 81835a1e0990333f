using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Baselines;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Evaluation;

/// <summary>
/// Scores a trained model on the test part of its split against the Null baseline and the literature lookups, writes
/// metrics.json, and returns what the figures are drawn from (the CLI draws them; Models ships no plotting library).
/// </summary>
public static class ReactionEvaluator
{
    /// <param name="scorer">the model's shipped candidate scorer; null trains one on the validation reactions</param>
    /// <param name="ablations">also the candidate ablation rows (each retrains a scorer: minutes)</param>
    public static ReactionEvaluation Evaluate(ReactionModel model, TrainingData data, string outputDirectory, CandidateScorer? scorer = null,
        bool ablations = true)
    {
        var test = data.Test;
        if (test.Count == 0) throw new ArgumentException("the split has no test reactions");
        var output = model.Predict(test);
        var nullModel = new NullBaseline(data.Train);
        var predicted = test.Select((e, i) => (Truth: e.Product!, Predicted: model.Product(output, i))).ToArray();
        var baseline = test.Select(e => (Truth: e.Product!, Predicted: nullModel.Predict(e))).ToArray();
        var (sequenceAccuracy, stepAccuracy) = ActionReconstruction(model, test);

        var modelEmd = predicted.Select(p => CompositionDistance.ElementMovers(p.Truth, p.Predicted)).ToArray();
        var report = new EvaluationReport(model.Manifest.Version, data.Split, data.MaxPrecursors, test.Count, model.Manifest.Threshold,
            ReactionMetrics.Compute(predicted), ReactionMetrics.Compute(baseline), sequenceAccuracy, stepAccuracy,
            UncertaintyCurve(output.Uncertainty, modelEmd, predicted.Select(p => CompositionDistance.L1(p.Truth, p.Predicted)).ToArray()),
            SameInputs(new SameInputsBaseline(data.Train), test, predicted),
            data.Sources.Count > 0 ? CandidateEvaluation.Evaluate(model, data, output, scorer, nullModel, ablations) : null);

        MetricsFile.Write(outputDirectory, report);
        return new ReactionEvaluation(report, predicted, output.Uncertainty, modelEmd,
            baseline.Select(p => CompositionDistance.ElementMovers(p.Truth, p.Predicted)).ToArray());
    }

    private static (double Sequence, double Step) ActionReconstruction(ReactionModel model, IReadOnlyList<ReactionExample> examples)
    {
        int exact = 0, steps = 0, right = 0;
        using (inference_mode())
            foreach (var chunk in examples.Chunk(1024))
            {
                using var work = BatchScope.Begin();
                var batch = model.Batcher.Build(chunk);
                var decoded = model.Autoencoder.Decode(model.Autoencoder.forward(batch.Actions, batch.ActionLengths), ReactionExample.MaxActions);
                for (var i = 0; i < chunk.Length; i++)
                {
                    var truth = chunk[i].Actions.Select(a => (long)a).Append(-1).ToArray();
                    var guess = decoded[i].Append(-1).ToArray();
                    if (truth.SequenceEqual(guess)) exact++;
                    steps += truth.Length;
                    right += truth.Zip(guess).Count(p => p.First == p.Second);
                }
            }
        return (exact / (double)examples.Count, right / (double)steps);
    }

    private static SameInputsComparison? SameInputs(SameInputsBaseline lookup, IReadOnlyList<ReactionExample> test,
        (Composition Truth, Composition Predicted)[] predicted)
    {
        var twins = test.Select((e, i) => (Index: i, Average: lookup.Predict(e))).Where(t => t.Average is not null).ToArray();
        if (twins.Length == 0) return null;
        return new SameInputsComparison(twins.Length, twins.Length / (double)test.Count,
            ReactionMetrics.Compute(twins.Select(t => predicted[t.Index]).ToArray()),
            ReactionMetrics.Compute(twins.Select(t => (predicted[t.Index].Truth, t.Average!)).ToArray()));
    }

    private static UncertaintyStep[] UncertaintyCurve(float[] uncertainty, double[] emd, double[] l1)
    {
        var order = Enumerable.Range(0, uncertainty.Length).OrderBy(i => uncertainty[i]).ToArray();
        return Enumerable.Range(0, 10).Select(step =>
        {
            var removed = step / 10.0;
            var kept = order.Take(Math.Max(1, (int)Math.Round(order.Length * (1 - removed)))).ToArray();
            return new UncertaintyStep(removed, kept.Average(i => emd[i]), kept.Average(i => l1[i]));
        }).ToArray();
    }

}
