using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;

namespace Synthesis.Server.Startup;

/// <summary>
/// The last start-up stage, before SERVING: one known reaction of the database predicted end to end, with its
/// neighbours. Every number must be finite — element fractions, spreads, probabilities, the uncertainty and the
/// neighbours' cosine similarities (the embeddings' witness) — and the product must be named. A model that fails
/// it (NaN weights that slipped past loading, a broken index) never reports SERVING.
/// </summary>
public static class SelfCheck
{
    /// <summary>Throws <see cref="InvalidDataException"/> naming the model folder and what was wrong.</summary>
    /// <param name="known">a stored reaction to predict; null: Li2CO3 + Co3O4</param>
    public static string Run(IReactionPredictor predictor, Reaction? known, string modelDirectory)
    {
        var query = known is null
            ? new ReactionQuery([Synthesis.Chemistry.Formulas.Composition.Parse("Li2CO3"), Synthesis.Chemistry.Formulas.Composition.Parse("Co3O4")], [])
            : new ReactionQuery(known.Precursors.Select(p => Synthesis.Chemistry.Formulas.Composition.From(p.Composition)).ToArray(), known.Actions.ToArray());
        var what = known is null ? "Li2CO3 + Co3O4" : $"reaction {known.Id} ({Synthesis.Chemistry.InputLimits.Echo(known.ReactionString)})";
        ProductPrediction prediction;
        try
        {
            prediction = predictor.Predict([query], neighbours: 3, candidates: 1)[0];
        }
        catch (ArgumentException e)
        {
            throw Failed(modelDirectory, what, $"the model refused it: {e.Message}");
        }
        var numbers = prediction.Elements.SelectMany(e => new[] { e.Fraction, e.FractionStd, e.Probability })
            .Append(prediction.Uncertainty).Concat(prediction.Neighbours.Select(n => n.Similarity));
        if (numbers.Any(v => !double.IsFinite(v))) throw Failed(modelDirectory, what, "it answered non-finite numbers (NaN or ∞)");
        if (string.IsNullOrWhiteSpace(prediction.Formula)) throw Failed(modelDirectory, what, "it named no product");
        return $"{what} → {prediction.Formula}";
    }

    private static InvalidDataException Failed(string modelDirectory, string what, string reason) =>
        new($"self-check failed on the model in '{modelDirectory}': predicting {what}, {reason}; check its weight files, retrain or restore them");
}
