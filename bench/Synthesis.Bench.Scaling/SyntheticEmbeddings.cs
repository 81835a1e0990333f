using Synthesis.Models.Reactions.Neighbours;

namespace Synthesis.Bench.Scaling;

/// <summary>
/// Embeddings drawn to resemble the real ones: x = normalise(r + σ g), r a real embedding taken in turn, g ~ N(0, I_d)
/// from a fixed seed. σ = s / √d, s the median distance from a real embedding to its 10th nearest other real one, so a
/// made-up point sits from its source about as far as real reactions sit from their top-10 neighbourhood: the density
/// around each real reaction grows with N instead of the points spreading uniformly over the sphere.
/// </summary>
public static class SyntheticEmbeddings
{
    /// <summary>The median over sampled real rows of ‖x − x₁₀‖, x₁₀ its 10th nearest other row (rows of unit length).</summary>
    public static double TenthNeighbourDistance(INeighbourIndex real, int samples, int seed)
    {
        var random = new Random(seed);
        var distances = Enumerable.Range(0, samples).Select(_ =>
        {
            var row = random.Next(real.Count);
            var tenth = real.Nearest([real.Row(row)], 10, excludedRow: row)[0][^1].Similarity;
            return Math.Sqrt(Math.Max(0, 2 - 2 * tenth)); // ‖a − b‖² = 2 − 2 cos for unit vectors
        }).Order().ToArray();
        return distances[distances.Length / 2];
    }

    /// <summary><paramref name="count"/> rows of d floats, row i made from real row i mod (real rows), normalised.</summary>
    public static float[] Draw(float[] real, int dimensions, int count, double spread, int seed)
    {
        var random = new Random(seed);
        var sigma = spread / Math.Sqrt(dimensions);
        var realRows = real.Length / dimensions;
        var rows = new float[(long)count * dimensions];
        for (var i = 0; i < count; i++)
        {
            var source = i % realRows * dimensions;
            for (var j = 0; j < dimensions; j++)
                rows[i * dimensions + j] = real[source + j] + (float)(sigma * Gaussian(random));
        }
        NeighbourIndex.Normalise(rows, dimensions);
        return rows;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
