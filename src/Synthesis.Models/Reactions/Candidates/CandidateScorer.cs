using System.Text.Json;
using System.Text.Json.Serialization;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Ranks a reaction's candidates with a conditional logit that includes "none of these":
/// P(cᵢ) = exp(s(x̂ᵢ)) / (exp(v·ẑ) + Σⱼ exp(s(x̂ⱼ))), where x̂ are the candidate features and ẑ the reaction features, each
/// standardised with the training mean and scale, and s(x) = w·x + Σₕ aₕ·tanh(Uₕ·x + bₕ) — linear, plus a small hidden
/// layer for the interactions a linear score misses (literature agreement matters more when the model agrees, …).
/// The remainder 1 − Σ P(cᵢ) is the chance that the recorded product is none of them, so a probability means "this is
/// what the literature would record" and can be calibrated as such.
/// </summary>
/// <remarks>
/// Trained by maximum likelihood (full-batch Adam, learning rate 0.05, L2 1e-3 on the weights; U drawn from N(0, 0.1²)
/// with a fixed seed, a = 0, so training starts from the linear model): the log of the summed probability of the
/// candidates within L1 0.05 of the recorded product, or of "none" when no candidate is.
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
    /// <summary>
    /// Where the candidates it was trained on came from; serving must generate them the same way. Null in files from
    /// before it was recorded, which were trained with the defaults.
    /// </summary>
    public CandidateOptions? Options { get; init; }

    /// <summary>The options to generate candidates with for this scorer.</summary>
    public CandidateOptions GenerationOptions => Options ?? new CandidateOptions();

    /// <summary>Hidden units of the score (0: a plain linear score).</summary>
    public const int DefaultHidden = 8;

    /// <summary>Uₕ, one row per hidden unit (empty for a linear scorer).</summary>
    public double[][] HiddenWeights { get; init; } = [];
    public double[] HiddenBias { get; init; } = [];
    /// <summary>aₕ.</summary>
    public double[] OutputWeights { get; init; } = [];

    public const string FileName = "candidate-scorer.json";

    /// <summary>
    /// "-scorer" and the first 8 hex digits of the SHA-256 of a model folder's scorer file, empty without one: a retrained
    /// scorer changes the answers but not the model's manifest, so the version served and stamped on flags ends with it.
    /// </summary>
    public static string Stamp(string modelDirectory) => ModelFiles.FileStamp(StampName, Path.Combine(modelDirectory, FileName));

    /// <summary>The <see cref="Stamp"/> of the file this scorer was loaded from (empty for one trained in memory): the bytes read once.</summary>
    [JsonIgnore]
    public string FileStamp { get; private init; } = "";

    private const string StampName = "-scorer";

    /// <summary>A candidate is right when its fractions are within this L1 distance of the recorded product's.</summary>
    public const double RightWithin = 0.05;

    /// <summary>Each candidate's probability, in the order of <paramref name="set"/>.</summary>
    public double[] Probabilities(CandidateSet set)
    {
        // One standardised row reused for every candidate, instead of an array each.
        var row = new double[Mean.Length];
        var scores = new double[set.Candidates.Count];
        for (var c = 0; c < scores.Length; c++)
            scores[c] = TanhScore.Score(TanhScore.Standardise(set.Candidates[c].Features, Mean, Scale, row), Weights, HiddenWeights, HiddenBias, OutputWeights, null);
        var none = Dot(NoneWeights, set.ReactionFeatures, ReactionMean, ReactionScale);
        var max = scores.Append(none).Max();
        var total = Math.Exp(none - max) + scores.Sum(s => Math.Exp(s - max));
        return scores.Select(s => Math.Exp(s - max) / total).ToArray();
    }

    public static CandidateScorer Train(IReadOnlyList<(CandidateSet Set, bool[] Right)> examples, int iterations = 400, int hidden = DefaultHidden)
    {
        if (examples.Count == 0) throw new ArgumentException("no reactions to train the candidate scorer on");
        var width = CandidateFeatures.Candidate.Length;
        var (mean, scale) = TanhScore.Standardisation(examples.SelectMany(e => e.Set.Candidates.Select(c => c.Features)).ToArray(), width);
        var (reactionMean, reactionScale) = TanhScore.Standardisation(examples.Select(e => e.Set.ReactionFeatures).ToArray(), CandidateFeatures.Reaction.Length);
        reactionMean[0] = 0;
        reactionScale[0] = 1;
        var x = examples.Select(e => e.Set.Candidates.Select(c => TanhScore.Standardise(c.Features, mean, scale)).ToArray()).ToArray();
        var z = examples.Select(e => TanhScore.Standardise(e.Set.ReactionFeatures, reactionMean, reactionScale)).ToArray();

        // v (the "none" option's weights) sits after w; its first weight, on the bias, is not penalised.
        var layout = new TanhScore.Layout(width, z[0].Length, hidden);
        var parameters = TanhScore.Fit(examples.Count, layout,
            (r, w, v, u, b, a, gradient) => Accumulate(x[r], z[r], examples[r].Right, w, v, u, b, a, layout, gradient), iterations, unpenalised: layout.V);
        var (fw, fv, fu, fb, fa) = layout.Split(parameters);
        return new CandidateScorer(CandidateFeatures.Candidate, mean, scale, fw, CandidateFeatures.Reaction, reactionMean, reactionScale, fv)
        {
            HiddenWeights = fu,
            HiddenBias = fb,
            OutputWeights = fa,
        };
    }

    /// <summary>Adds one reaction's gradient of −log Σ_right p to <paramref name="gradient"/>.</summary>
    private static void Accumulate(double[][] x, double[] z, bool[] right, double[] w, double[] v, double[][] u, double[] b, double[] a, TanhScore.Layout layout,
        double[] gradient)
    {
        var hiddenValues = new double[x.Length][];
        var scores = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            hiddenValues[i] = new double[layout.Hidden];
            scores[i] = TanhScore.Score(x[i], w, u, b, a, hiddenValues[i]);
        }
        var none = TanhScore.Dot(v, z);
        var max = scores.Append(none).Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var expNone = Math.Exp(none - max);
        var total = expNone + exp.Sum();
        var anyRight = right.Any(r => r);
        var rightTotal = anyRight ? exp.Where((_, i) => right[i]).Sum() : expNone;
        // d(−log Σ_right p)/d score = p − q, with q the probability renormalised over the right options.
        for (var i = 0; i < exp.Length; i++)
            TanhScore.Backward(exp[i] / total - (anyRight && right[i] ? exp[i] / rightTotal : 0), x[i], hiddenValues[i], a, layout, gradient);
        var gNone = expNone / total - (anyRight ? 0 : 1);
        for (var k = 0; k < v.Length; k++) gradient[layout.V + k] += gNone * z[k];
    }

    public void Save(string path) => ModelFiles.WriteAtomically(path, JsonSerializer.SerializeToUtf8Bytes(this, ModelFiles.Json));

    /// <summary>The scorer saved beside a model, or null when it has none (a model from before candidates existed).</summary>
    public static CandidateScorer? Load(string modelDirectory)
    {
        var path = Path.Combine(modelDirectory, FileName);
        if (!File.Exists(path)) return null;
        var file = File.ReadAllBytes(path);
        var scorer = JsonSerializer.Deserialize<CandidateScorer>(file, ModelFiles.Json)
            ?? throw new InvalidDataException($"{path} is empty");
        if (!scorer.Features.SequenceEqual(CandidateFeatures.Candidate) || !scorer.ReactionFeatures.SequenceEqual(CandidateFeatures.Reaction))
            throw new InvalidDataException($"{path} was trained on other candidate features; retrain it with `synthesis train candidates`");
        if (scorer.HiddenWeights.Length != scorer.HiddenBias.Length || scorer.HiddenWeights.Length != scorer.OutputWeights.Length
            || scorer.HiddenWeights.Any(row => row.Length != scorer.Features.Length))
            throw new InvalidDataException($"{path} has hidden weights of inconsistent shapes");
        if (!TanhScore.AllFinite(scorer.Weights.Concat(scorer.NoneWeights).Concat(scorer.Mean).Concat(scorer.Scale).Concat(scorer.HiddenWeights.SelectMany(r => r))
            .Concat(scorer.HiddenBias).Concat(scorer.OutputWeights)))
            throw new InvalidDataException($"{path} holds a weight that is not a finite number");
        return scorer with { FileStamp = ModelFiles.FileStamp(StampName, file) };
    }

    private static double Dot(double[] weights, double[] features, double[] mean, double[] scale)
    {
        var sum = 0.0;
        for (var k = 0; k < weights.Length; k++) sum += weights[k] * (features[k] - mean[k]) / scale[k];
        return sum;
    }
}
