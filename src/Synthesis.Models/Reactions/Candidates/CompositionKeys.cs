using System.Globalization;
using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Identities for lookups. A precursor is its reduced formula with elements in alphabetical order ("BaCO3" and
/// "CBaO3" are one precursor; "Ba(NO3)2·H2O" and "Ba(NO3)2" are two). A product is its atomic fractions rounded to
/// 3 decimals ("BaTiO3" = "Ba2Ti2O6"). The cation set of a reaction is the elements its precursors bring other
/// than O, H, C and N — what a product can be made of besides oxygen, whatever the salts the paper started from.
/// A prototype is a product's stoichiometry with the elements anonymised.
/// </summary>
public static class CompositionKeys
{
    public static string Precursor(Composition precursor) =>
        Composition.From(precursor.OrderBy(e => e.Key, StringComparer.Ordinal)).ToFormula();

    public static string Product(Composition product) =>
        string.Join(' ', product.Normalised().OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e.Key + e.Value.ToString("0.000", CultureInfo.InvariantCulture)));

    /// <summary>
    /// The formula with its elements anonymised: the atomic fractions sorted, rounded to 3 decimals. BaTiO3 and SrZrO3
    /// share "0.200 0.200 0.600", La0.9Sr0.1MnO3 and La0.9Ca0.1CoO3 share theirs: how common a stoichiometry is.
    /// </summary>
    public static string Prototype(Composition product) =>
        string.Join(' ', product.Normalised().Select(e => e.Value).Order().Select(v => v.ToString("0.000", CultureInfo.InvariantCulture)));

    public static string CationSet(IEnumerable<Composition> precursors) =>
        string.Join(' ', precursors.SelectMany(p => p.Elements).Where(e => !SurroundingElements.Contains(e)).Distinct().Order(StringComparer.Ordinal));
}
