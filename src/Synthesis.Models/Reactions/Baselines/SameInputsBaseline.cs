using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Encoding;

namespace Synthesis.Models.Reactions.Baselines;

/// <summary>
/// Looks a reaction up among training reactions with exactly the same inputs (precursor formulas and action
/// sequence) and predicts their average recorded product. Those inputs are all the model sees, so where they
/// recur with different products (a doping series made from one precursor set, say) no model can do better
/// than such an average: the lookup's error on these reactions is a floor set by the data, not the model.
/// </summary>
public sealed class SameInputsBaseline
{
    private readonly Dictionary<string, Composition> _averageProduct;

    public SameInputsBaseline(IEnumerable<ReactionExample> training) =>
        _averageProduct = training.Where(e => e.Product is not null)
            .GroupBy(Key)
            .ToDictionary(g => g.Key, Average);

    /// <summary>The average product of the training reactions with the same inputs, or null when there are none.</summary>
    public Composition? Predict(ReactionExample example) => _averageProduct.GetValueOrDefault(Key(example));

    private static Composition Average(IGrouping<string, ReactionExample> twins)
    {
        var sum = new CompositionBuilder();
        foreach (var twin in twins) sum.Add(twin.Product!.Normalised());
        return sum.Build().Normalised();
    }

    private static string Key(ReactionExample example) =>
        string.Join(" + ", example.Precursors.Select(p => p.ToFormula()).Order(StringComparer.Ordinal))
        + " | " + string.Join(",", example.Actions);
}
