using System.Text.Json;
using System.Text.Json.Serialization;
using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// The retrieval-aware stoichiometry (issue 14, item 3): the regressor ensemble's fractions read beside the products of
/// the stored reactions with the most similar precursor set (<see cref="LiteratureTier"/>), so that it copies where the
/// literature is unanimous and interpolates where it is not. Over the elements the classifiers chose,
/// fᵢ = exp(s(x̂ᵢ)) / Σⱼ exp(s(x̂ⱼ)), with s the small score of <see cref="TanhScore"/> (linear plus 8 tanh units) of each
/// element's standardised inputs (<see cref="Inputs"/>): its share in the model's mean and in the tier's average, their
/// difference, the ensemble's spread, and how much literature there is and how far it agrees with itself and the model.
/// </summary>
/// <remarks>
/// Trained on the split's validation reactions (which no member trained on: on training reactions the members' fractions
/// are better than they will be when served), each with its own paper left out of the literature, by cross-entropy of the
/// recorded fractions, −Σᵢ tᵢ log fᵢ, as the regressors are. The regressors, the classifiers and the candidate scorer are
/// untouched: it only reads them. Precursor amounts are never read.
/// </remarks>
public sealed record RetrievalStoichiometry(string[] Features, double[] Mean, double[] Scale, double[] Weights)
{
    public const string FileName = "retrieval-stoichiometry.json";

    /// <summary>The inputs per element of the model's product, by name, in the order of <see cref="Inputs"/>.</summary>
    public static readonly string[] InputNames =
    [
        "model.log_share",                  // log max(mᵢ, 1e-4): the ensemble's mean fraction
        "literature.log_share",             // log max(tᵢ, 1e-4): the tier's average, over the model's elements, renormalised
        "literature.has_element",           // 1 when tᵢ > 0
        "model_minus_literature",           // mᵢ − tᵢ (0 without a tier)
        "model.std",                        // the ensemble's spread of mᵢ
        "literature.jaccard",               // the tier's precursor-set Jaccard (0 without one)
        "literature.agreement",             // share of the tier recording its most often recorded product
        "literature.log_tier",              // log(1 + reactions in the tier)
        "model.uncertainty",                // the ensemble's overall uncertainty
        "literature.l1_to_model",           // L1 between the tier's average and the model's mean (2 without a tier)
        "literature.share_on_model_elements", // the tier average's share on the model's elements (0 without a tier)
    ];

    public double[][] HiddenWeights { get; init; } = [];
    public double[] HiddenBias { get; init; } = [];
    public double[] OutputWeights { get; init; } = [];

    /// <summary>"-fractions" and 8 hex digits of the SHA-256 of the file it was loaded from (empty for one trained in memory).</summary>
    [JsonIgnore]
    public string FileStamp { get; private init; } = "";

    /// <summary>The <see cref="FileStamp"/> a model folder's file would give, empty without one.</summary>
    public static string Stamp(string modelDirectory) => ModelFiles.FileStamp(StampName, Path.Combine(modelDirectory, FileName));

    private const string StampName = "-fractions";

    /// <summary>The product's fractions over the model's elements.</summary>
    public Composition Fractions(ModelView model, LiteratureTier tier)
    {
        var (elements, inputs) = Inputs(model, tier);
        if (elements.Length == 0) return model.Fractions;
        var row = new double[Mean.Length];
        var scores = inputs.Select(x => TanhScore.Score(TanhScore.Standardise(x, Mean, Scale, row), Weights, HiddenWeights, HiddenBias, OutputWeights, null)).ToArray();
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var total = exp.Sum();
        return Composition.From(elements.Select((e, i) => new KeyValuePair<string, double>(e, exp[i] / total)));
    }

    /// <summary>The model's elements, most abundant first as the model has them, and each one's inputs (<see cref="InputNames"/>).</summary>
    public static (string[] Elements, double[][] Inputs) Inputs(ModelView model, LiteratureTier tier)
    {
        var mean = model.Normalised;
        var elements = mean.Elements.ToArray();
        var average = tier.Average();
        var onModel = average is null ? 0 : elements.Sum(e => average[e]);
        var literature = elements.Select(e => onModel > 0 ? average![e] / onModel : 0).ToArray();
        var distance = average is null ? 2 : CompositionDistance.L1(average, mean);
        var reaction = new[] { tier.Jaccard, tier.Agreement, Math.Log(1 + tier.Records.Length), model.Uncertainty, distance, onModel };
        return (elements, elements.Select((e, i) => new[]
        {
            Math.Log(Math.Max(mean[e], 1e-4)), Math.Log(Math.Max(literature[i], 1e-4)), literature[i] > 0 ? 1 : 0,
            onModel > 0 ? mean[e] - literature[i] : 0, model.FractionStd.GetValueOrDefault(e),
        }.Concat(reaction).ToArray()).ToArray());
    }

    /// <summary>Fits the head to reactions whose recorded products are known (their own paper left out of each tier).</summary>
    public static RetrievalStoichiometry Train(IReadOnlyList<(ModelView Model, LiteratureTier Tier, Composition Recorded)> examples, int iterations = 400,
        int hidden = CandidateScorer.DefaultHidden)
    {
        var usable = examples.Where(e => e.Model.Fractions.Count > 0).ToArray();
        if (usable.Length == 0) throw new ArgumentException("no reactions to train the retrieval-aware stoichiometry on");
        var rows = usable.Select(e => Inputs(e.Model, e.Tier)).ToArray();
        var (mean, scale) = TanhScore.Standardisation(rows.SelectMany(r => r.Inputs).ToArray(), InputNames.Length);
        var x = rows.Select(r => r.Inputs.Select(i => TanhScore.Standardise(i, mean, scale)).ToArray()).ToArray();
        var targets = usable.Select((e, n) =>
        {
            var recorded = e.Recorded.Normalised();
            return rows[n].Elements.Select(element => recorded[element]).ToArray();
        }).ToArray();
        var layout = new TanhScore.Layout(InputNames.Length, 0, hidden);
        // No bias to spare from the penalty: a softmax over elements ignores a constant.
        var parameters = TanhScore.Fit(usable.Length, layout, (r, w, _, u, b, a, gradient) => Accumulate(x[r], targets[r], w, u, b, a, layout, gradient),
            iterations, unpenalised: -1);
        var (fw, _, fu, fb, fa) = layout.Split(parameters);
        return new RetrievalStoichiometry(InputNames, mean, scale, fw) { HiddenWeights = fu, HiddenBias = fb, OutputWeights = fa };
    }

    /// <summary>Adds one reaction's gradient of −Σᵢ tᵢ log fᵢ: ∂/∂sᵢ = fᵢ·Σⱼ tⱼ − tᵢ.</summary>
    private static void Accumulate(double[][] x, double[] target, double[] w, double[][] u, double[] b, double[] a, TanhScore.Layout layout, double[] gradient)
    {
        var hiddenValues = x.Select(_ => new double[layout.Hidden]).ToArray();
        var scores = x.Select((row, i) => TanhScore.Score(row, w, u, b, a, hiddenValues[i])).ToArray();
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var total = exp.Sum();
        var mass = target.Sum();
        for (var i = 0; i < x.Length; i++)
            TanhScore.Backward(exp[i] / total * mass - target[i], x[i], hiddenValues[i], a, layout, gradient);
    }

    public void Save(string path) => ModelFiles.WriteAtomically(path, JsonSerializer.SerializeToUtf8Bytes(this, ModelFiles.Json));

    /// <summary>The head saved beside a model, or null when it has none (models from before 2026-11-30 report the ensemble's mean).</summary>
    public static RetrievalStoichiometry? Load(string modelDirectory)
    {
        var path = Path.Combine(modelDirectory, FileName);
        if (!File.Exists(path)) return null;
        var file = File.ReadAllBytes(path);
        var head = JsonSerializer.Deserialize<RetrievalStoichiometry>(file, ModelFiles.Json) ?? throw new InvalidDataException($"{path} is empty");
        if (!head.Features.SequenceEqual(InputNames))
            throw new InvalidDataException($"{path} was trained on other inputs; retrain it with `synthesis train candidates`");
        if (head.Mean.Length != InputNames.Length || head.Scale.Length != InputNames.Length || head.Weights.Length != InputNames.Length
            || head.HiddenWeights.Length != head.HiddenBias.Length || head.HiddenWeights.Length != head.OutputWeights.Length
            || head.HiddenWeights.Any(row => row.Length != InputNames.Length))
            throw new InvalidDataException($"{path} has weights of inconsistent shapes");
        if (!TanhScore.AllFinite(head.Weights.Concat(head.Mean).Concat(head.Scale).Concat(head.HiddenWeights.SelectMany(r => r)).Concat(head.HiddenBias).Concat(head.OutputWeights)))
            throw new InvalidDataException($"{path} holds a weight that is not a finite number");
        return head with { FileStamp = ModelFiles.FileStamp(StampName, file) };
    }
}
