using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Encoding;

namespace Synthesis.Models.Reactions.Baselines;

/// <summary>
/// The thesis' Null model: every precursor element is in the product, each at its mean fraction over the
/// training products that contain it (renormalised); elements never seen in a training product get the
/// mean of all those means.
/// </summary>
public sealed class NullBaseline
{
    private readonly Dictionary<string, double> _meanFraction;
    private readonly double _fallback;

    public NullBaseline(IEnumerable<ReactionExample> training)
    {
        _meanFraction = training.Where(e => e.Product is not null)
            .SelectMany(e => e.Product!.Normalised())
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.Average(p => p.Value));
        _fallback = _meanFraction.Count > 0 ? _meanFraction.Values.Average() : 1.0;
    }

    public Composition Predict(ReactionExample example) =>
        Composition.From(example.Precursors.SelectMany(p => p.Elements).Distinct()
            .Select(e => KeyValuePair.Create(e, _meanFraction.GetValueOrDefault(e, _fallback)))).Normalised();
}
