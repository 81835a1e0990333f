using System.Text.Json;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Ranks a reaction's candidates with a conditional logit that includes "none of these":
/// P(cᵢ) = exp(w·x̂ᵢ) / (exp(v·ẑ) + Σⱼ exp(w·x̂ⱼ)), where x̂ are the candidate features and ẑ the reaction features, each
/// standardised with the training mean and scale. The remainder 1 − Σ P(cᵢ) is the chance that the recorded product is
/// none of them, so a probability means "this is what the literature would record" and can be calibrated as such.
/// </summary>
/// <remarks>
/// Trained by maximum likelihood (full-batch Adam, learning rate 0.05, L2 1e-3 on the weights): the log of the summed
/// probability of the candidates within L1 0.05 of the recorded product, or of "none" when no candidate is.
/// </remarks>
public sealed record CandidateScorer(
    string[] Features,
    double[] Mean,
    double[] Scale,
    double[] Weights,
    string[] ReactionFeatures,
    double[] ReactionMean,
    double[] ReactionScale,
    double[] NoneWeights)
{
    public const string FileName = "candidate-scorer.json";

    /// <summary>A candidate is right when its fractions are within this L1 distance of the recorded product's.</summary>
    public const double RightWithin = 0.05;

    /// <summary>Each candidate's probability, in the order of <paramref name="set"/>.</summary>
    public double[] Probabilities(CandidateSet set)
    {
        var scores = set.Candidates.Select(c => Dot(Weights, c.Features, Mean, Scale)).ToArray();
        var none = Dot(NoneWeights, set.ReactionFeatures, ReactionMean, ReactionScale);
        var max = scores.Append(none).Max();
        var total = Math.Exp(none - max) + scores.Sum(s => Math.Exp(s - max));
        return scores.Select(s => Math.Exp(s - max) / total).ToArray();
    }

    public static CandidateScorer Train(IReadOnlyList<(CandidateSet Set, bool[] Right)> examples, int iterations = 400)
    {
        if (examples.Count == 0) throw new ArgumentException("no reactions to train the candidate scorer on");
        var (mean, scale) = Standardisation(examples.SelectMany(e => e.Set.Candidates.Select(c => c.Features)).ToArray(), CandidateFeatures.Candidate.Length);
        var (reactionMean, reactionScale) = Standardisation(examples.Select(e => e.Set.ReactionFeatures).ToArray(), CandidateFeatures.Reaction.Length);
        reactionMean[0] = 0;
        reactionScale[0] = 1;
        var x = examples.Select(e => e.Set.Candidates.Select(c => Standardise(c.Features, mean, scale)).ToArray()).ToArray();
        var z = examples.Select(e => Standardise(e.Set.ReactionFeatures, reactionMean, reactionScale)).ToArray();
        var w = new double[mean.Length];
        var v = new double[reactionMean.Length];
        var adam = new Adam(w.Length + v.Length, 0.05);
        for (var step = 0; step < iterations; step++)
        {
            var (gw, gv) = (new double[w.Length], new double[v.Length]);
            for (var r = 0; r < examples.Count; r++)
            {
                var scores = x[r].Select(f => Dot(w, f)).ToArray();
                var none = Dot(v, z[r]);
                var max = scores.Append(none).Max();
                var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
                var expNone = Math.Exp(none - max);
                var total = expNone + exp.Sum();
                var right = examples[r].Right;
                var rightTotal = right.Any(b => b) ? exp.Where((_, i) => right[i]).Sum() : expNone;
                // d(−log Σ_right p)/d score = p − q, with q the probability renormalised over the right options.
                for (var i = 0; i < exp.Length; i++)
                {
                    var g = exp[i] / total - (right.Any(b => b) && right[i] ? exp[i] / rightTotal : 0);
                    for (var k = 0; k < w.Length; k++) gw[k] += g * x[r][i][k];
                }
                var gNone = expNone / total - (right.Any(b => b) ? 0 : 1);
                for (var k = 0; k < v.Length; k++) gv[k] += gNone * z[r][k];
            }
            for (var k = 0; k < w.Length; k++) gw[k] = gw[k] / examples.Count + 1e-3 * w[k];
            for (var k = 0; k < v.Length; k++) gv[k] = gv[k] / examples.Count + (k == 0 ? 0 : 1e-3 * v[k]);
            adam.Step([.. w, .. v], [.. gw, .. gv], out var updated);
            Array.Copy(updated, 0, w, 0, w.Length);
            Array.Copy(updated, w.Length, v, 0, v.Length);
        }
        return new CandidateScorer(CandidateFeatures.Candidate, mean, scale, w, CandidateFeatures.Reaction, reactionMean, reactionScale, v);
    }

    public void Save(string path) => ModelFiles.WriteAtomically(path, JsonSerializer.SerializeToUtf8Bytes(this, ModelFiles.Json));

    /// <summary>The scorer saved beside a model, or null when it has none (a model from before candidates existed).</summary>
    public static CandidateScorer? Load(string modelDirectory)
    {
        var path = Path.Combine(modelDirectory, FileName);
        if (!File.Exists(path)) return null;
        var scorer = JsonSerializer.Deserialize<CandidateScorer>(File.ReadAllBytes(path), ModelFiles.Json)
            ?? throw new InvalidDataException($"{path} is empty");
        if (!scorer.Features.SequenceEqual(CandidateFeatures.Candidate) || !scorer.ReactionFeatures.SequenceEqual(CandidateFeatures.Reaction))
            throw new InvalidDataException($"{path} was trained on other candidate features; retrain it with `synthesis train candidates`");
        if (scorer.Weights.Concat(scorer.NoneWeights).Concat(scorer.Mean).Concat(scorer.Scale).Any(v => !double.IsFinite(v)))
            throw new InvalidDataException($"{path} holds a weight that is not a finite number");
        return scorer;
    }

    private static (double[] Mean, double[] Scale) Standardisation(double[][] rows, int width)
    {
        var mean = Enumerable.Range(0, width).Select(k => rows.Length == 0 ? 0 : rows.Average(r => r[k])).ToArray();
        var scale = Enumerable.Range(0, width).Select(k =>
        {
            var sd = rows.Length == 0 ? 0 : Math.Sqrt(rows.Average(r => (r[k] - mean[k]) * (r[k] - mean[k])));
            return sd > 1e-9 ? sd : 1;
        }).ToArray();
        return (mean, scale);
    }

    private static double[] Standardise(double[] features, double[] mean, double[] scale) =>
        features.Select((f, k) => (f - mean[k]) / scale[k]).ToArray();

    private static double Dot(double[] weights, double[] features, double[] mean, double[] scale)
    {
        var sum = 0.0;
        for (var k = 0; k < weights.Length; k++) sum += weights[k] * (features[k] - mean[k]) / scale[k];
        return sum;
    }

    private static double Dot(double[] weights, double[] features)
    {
        var sum = 0.0;
        for (var k = 0; k < weights.Length; k++) sum += weights[k] * features[k];
        return sum;
    }

    /// <summary>Adam (Kingma and Ba 2015) with β₁ 0.9, β₂ 0.999, ε 1e-8, for a handful of parameters.</summary>
    private sealed class Adam(int size, double learningRate)
    {
        private readonly double[] _m = new double[size], _v = new double[size];
        private int _t;

        public void Step(double[] parameters, double[] gradient, out double[] updated)
        {
            _t++;
            updated = new double[parameters.Length];
            for (var k = 0; k < parameters.Length; k++)
            {
                _m[k] = 0.9 * _m[k] + 0.1 * gradient[k];
                _v[k] = 0.999 * _v[k] + 0.001 * gradient[k] * gradient[k];
                var mHat = _m[k] / (1 - Math.Pow(0.9, _t));
                var vHat = _v[k] / (1 - Math.Pow(0.999, _t));
                updated[k] = parameters[k] - learningRate * mHat / (Math.Sqrt(vHat) + 1e-8);
            }
        }
    }
}
