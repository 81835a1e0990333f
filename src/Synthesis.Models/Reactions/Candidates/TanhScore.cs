namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// The small learned score of the candidate step's heads (<see cref="CandidateScorer"/>, <see cref="RetrievalStoichiometry"/>):
/// s(x) = w·x + Σₕ aₕ·tanh(Uₕ·x + bₕ) of standardised features x — linear, plus a few hidden units for the interactions a
/// linear score misses — and its full-batch training.
/// </summary>
/// <remarks>
/// Training: Adam (learning rate 0.05), L2 1e-3 on every weight but one (a head's bias), Uₕ drawn from N(0, 0.1²) with a
/// fixed seed and a = 0, so training starts from the linear model. Each example's gradient is summed in a fixed number of
/// chunks, apart (in parallel) and then in order: the same result on any number of cores.
/// </remarks>
internal static class TanhScore
{
    /// <summary>Where each parameter block starts in the flat vector training optimises: w (width), v (a head's own weights), U (hidden × width), b, a.</summary>
    public sealed record Layout(int Width, int ReactionWidth, int Hidden)
    {
        public int W => 0;
        public int V => Width;
        public int U => V + ReactionWidth;
        public int B => U + Hidden * Width;
        public int A => B + Hidden;
        public int Size => A + Hidden;

        public (double[] W, double[] V, double[][] U, double[] B, double[] A) Split(double[] p) => (
            p[W..V], p[V..U],
            Enumerable.Range(0, Hidden).Select(h => p[(U + h * Width)..(U + (h + 1) * Width)]).ToArray(),
            p[B..A], p[A..(A + Hidden)]);
    }

    /// <summary>One example's gradient of its loss, added to the last argument.</summary>
    public delegate void Accumulate(int example, double[] w, double[] v, double[][] u, double[] b, double[] a, double[] gradient);

    /// <summary>
    /// Minimises the mean loss of <paramref name="examples"/> examples plus the L2 penalty (not on the parameter at
    /// <paramref name="unpenalised"/>); returns the parameters in <paramref name="layout"/>'s order.
    /// </summary>
    public static double[] Fit(int examples, Layout layout, Accumulate accumulate, int iterations, int unpenalised)
    {
        var random = new Random(17);
        var parameters = new double[layout.Size];
        for (var k = 0; k < layout.Hidden * layout.Width; k++) parameters[layout.U + k] = 0.1 * Gaussian(random);
        var adam = new Adam(parameters.Length, 0.05);
        var chunks = Enumerable.Range(0, GradientChunks).Select(c => (Start: c * examples / GradientChunks, End: (c + 1) * examples / GradientChunks)).ToArray();
        var partial = chunks.Select(_ => new double[parameters.Length]).ToArray();
        for (var step = 0; step < iterations; step++)
        {
            var (w, v, u, b, a) = layout.Split(parameters);
            Parallel.For(0, chunks.Length, c =>
            {
                Array.Clear(partial[c]);
                for (var r = chunks[c].Start; r < chunks[c].End; r++) accumulate(r, w, v, u, b, a, partial[c]);
            });
            var gradient = new double[parameters.Length];
            foreach (var chunk in partial)
                for (var k = 0; k < gradient.Length; k++) gradient[k] += chunk[k];
            for (var k = 0; k < parameters.Length; k++)
                gradient[k] = gradient[k] / examples + (k == unpenalised ? 0 : 1e-3 * parameters[k]);
            adam.Step(parameters, gradient);
        }
        return parameters;
    }

    /// <summary>Chunks of examples whose gradients are summed apart (in parallel) and then in order.</summary>
    private const int GradientChunks = 8;

    /// <summary>s(x) = w·x + Σₕ aₕ·tanh(Uₕ·x + bₕ); the tanh values go to <paramref name="hiddenValues"/> when given.</summary>
    public static double Score(double[] x, double[] w, double[][] u, double[] b, double[] a, double[]? hiddenValues)
    {
        var score = Dot(w, x);
        for (var h = 0; h < a.Length; h++)
        {
            var t = Math.Tanh(Dot(u[h], x) + b[h]);
            if (hiddenValues is not null) hiddenValues[h] = t;
            score += a[h] * t;
        }
        return score;
    }

    /// <summary>Adds g·∂s/∂(w, U, b, a) at x to the gradient, given the tanh values <see cref="Score"/> wrote.</summary>
    public static void Backward(double g, double[] x, double[] hiddenValues, double[] a, Layout layout, double[] gradient)
    {
        var width = layout.Width;
        for (var k = 0; k < width; k++) gradient[layout.W + k] += g * x[k];
        for (var h = 0; h < layout.Hidden; h++)
        {
            gradient[layout.A + h] += g * hiddenValues[h];
            var back = g * a[h] * (1 - hiddenValues[h] * hiddenValues[h]);
            gradient[layout.B + h] += back;
            for (var k = 0; k < width; k++) gradient[layout.U + h * width + k] += back * x[k];
        }
    }

    public static double Dot(double[] weights, double[] features)
    {
        var sum = 0.0;
        for (var k = 0; k < weights.Length; k++) sum += weights[k] * features[k];
        return sum;
    }

    /// <summary>Each column's mean and standard deviation (1 where it is below 1e-9).</summary>
    public static (double[] Mean, double[] Scale) Standardisation(double[][] rows, int width)
    {
        var mean = Enumerable.Range(0, width).Select(k => rows.Length == 0 ? 0 : rows.Average(r => r[k])).ToArray();
        var scale = Enumerable.Range(0, width).Select(k =>
        {
            var sd = rows.Length == 0 ? 0 : Math.Sqrt(rows.Average(r => (r[k] - mean[k]) * (r[k] - mean[k])));
            return sd > 1e-9 ? sd : 1;
        }).ToArray();
        return (mean, scale);
    }

    public static double[] Standardise(double[] features, double[] mean, double[] scale) =>
        Standardise(features, mean, scale, new double[features.Length]);

    /// <summary>(features − mean) / scale into <paramref name="row"/>, which it returns.</summary>
    public static double[] Standardise(double[] features, double[] mean, double[] scale, double[] row)
    {
        for (var k = 0; k < row.Length; k++) row[k] = (features[k] - mean[k]) / scale[k];
        return row;
    }

    /// <summary>Whether every number is finite (a saved head read back must hold no NaN or infinity).</summary>
    public static bool AllFinite(IEnumerable<double> values) => values.All(double.IsFinite);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Adam (Kingma and Ba 2015) with β₁ 0.9, β₂ 0.999, ε 1e-8, for a handful of parameters.</summary>
    private sealed class Adam(int size, double learningRate)
    {
        private readonly double[] _m = new double[size], _v = new double[size];
        private int _t;

        public void Step(double[] parameters, double[] gradient)
        {
            _t++;
            for (var k = 0; k < parameters.Length; k++)
            {
                _m[k] = 0.9 * _m[k] + 0.1 * gradient[k];
                _v[k] = 0.999 * _v[k] + 0.001 * gradient[k] * gradient[k];
                var mHat = _m[k] / (1 - Math.Pow(0.9, _t));
                var vHat = _v[k] / (1 - Math.Pow(0.999, _t));
                parameters[k] -= learningRate * mHat / (Math.Sqrt(vHat) + 1e-8);
            }
        }
    }
}
