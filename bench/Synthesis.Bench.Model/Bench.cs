using System.Diagnostics;

/// <summary>The timed pieces of the model benchmark.</summary>
internal static class Bench
{
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
