using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// The reaction model's answer for one reaction in element terms: mean fractions over the chosen elements (μ),
/// their ensemble std (σ), each vocabulary element's presence probability, and the overall uncertainty.
/// </summary>
public sealed record ModelView(
    Composition Fractions,
    IReadOnlyDictionary<string, double> FractionStd,
    IReadOnlyDictionary<string, double> Probability,
    double Uncertainty)
{
    /// <summary>The mean fractions normalised, written once per reaction for every candidate's features.</summary>
    public Composition Normalised { get; } = Fractions.Normalised();

    public static ModelView From(ReactionModel model, ModelOutput output, int index)
    {
        var vocabulary = model.Vocabulary.Elements;
        return new ModelView(
            model.Product(output, index),
            Enumerable.Range(0, vocabulary.Count).Where(v => output.Present[index][v]).ToDictionary(v => vocabulary[v], v => (double)output.FractionStd[index][v]),
            Enumerable.Range(0, vocabulary.Count).ToDictionary(v => vocabulary[v], v => (double)output.Probabilities[index][v]),
            output.Uncertainty[index]);
    }
}
