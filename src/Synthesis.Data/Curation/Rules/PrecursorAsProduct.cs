using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Curation.Rules;

/// <summary>
/// The recorded product is one of several precursors (the same atomic fractions, L1 &lt; <see cref="SameCompositionL1"/>)
/// while another precursor brings an element (other than O, H, C, N) that the product lacks: the reaction would lose
/// that element, the way an extraction that took a starting material for the product reads. A precursor heated alone,
/// or with volatile partners only (a fuel, a nitrate, ammonia), is not flagged.
/// </summary>
public static class PrecursorAsProduct
{
    /// <summary>Atomic-fraction L1 (0 to 2) under which the product counts as the precursor's composition.</summary>
    public const double SameCompositionL1 = 0.02;

    public static IEnumerable<ReactionFinding> Find(Reaction reaction)
    {
        if (reaction.Precursors.Count < 2 || reaction.Target.Count == 0) yield break;
        var product = Composition.From(reaction.Target);
        var same = reaction.Precursors.FirstOrDefault(p =>
            p.Composition.Count > 0 && CompositionDistance.L1(product, Composition.From(p.Composition)) < SameCompositionL1);
        if (same is null) yield break;
        var lost = reaction.Precursors.Where(p => !ReferenceEquals(p, same))
            .SelectMany(p => p.Composition.Keys)
            .Where(e => !SurroundingElements.Contains(e) && !product.Contains(e))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (lost.Count > 0)
            yield return ReactionFinding.Of(reaction, FlagReason.PrecursorAsProduct,
                $"the product is the precursor {Chemistry.InputLimits.Echo(same.Formula)}; {string.Join(", ", lost)} from the other precursors would be lost");
    }
}
