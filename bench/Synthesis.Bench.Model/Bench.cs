using System.Diagnostics;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

/// <summary>The timed pieces of the model benchmark.</summary>
internal static class Bench
{
    public static double ClassifierEpochSeconds(ReactionModel model, TrainingData data, int steps)
    {
        var classifier = new ElementClassifier(model.Manifest.Options, model.Vocabulary.Count);
        var optimizer = optim.Adam(classifier.parameters(), lr: 1e-3);
        var random = new Random(1);
        var clock = new Stopwatch();
        for (var step = 0; step <= steps; step++)
        {
            if (step == 1) clock.Start();
            using var scope = NewDisposeScope();
            var batch = model.Batcher.Build(data.Train.OrderBy(_ => random.Next()).Take(256).ToArray());
            Tensor u;
            using (no_grad()) u = model.ActionEmbedding(batch);
            var (_, logits) = classifier.Forward(batch, u);
            optimizer.zero_grad();
            AlchemyMask.Loss(logits, batch.ProductPresence!, batch.AllowedMask).backward();
            optimizer.step();
        }
        return clock.Elapsed.TotalSeconds / steps * Math.Ceiling(data.Train.Count / 256.0);
    }

    public static double ManagedCosineTop10Ms(int rows, int size, int queries)
    {
        var random = new Random(3);
        var index = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, size).Select(_ => random.NextSingle()).ToArray()).ToArray();
        var clock = Stopwatch.StartNew();
        for (var q = 0; q < queries; q++)
        {
            var query = index[q];
            index.Select((row, i) => (Similarity: Cosine(query, row), i)).OrderByDescending(p => p.Similarity).Take(10).ToArray();
        }
        return clock.Elapsed.TotalMilliseconds / queries;
    }

    private static float Cosine(float[] a, float[] b)
    {
        float dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / MathF.Sqrt(na * nb);
    }
}
