using Synthesis.Chemistry.Formulas;

namespace Synthesis.Data.Reactions;

/// <summary>
/// A stored reaction's product as a chemist reads it: its amounts in the order its paper wrote the formula
/// ("Zn9Ga2O12", "PbZr0.52Ti0.48O3", where the text-mined composition lists Zn, O, Ga and Zr, Ti, Pb, O), else in
/// conventional order (cations by electronegativity, anions last: <see cref="Composition.InConventionalOrder"/>).
/// The import stores it as <see cref="Reaction.TargetFormula"/>; readers of databases imported before cleaning revision 1
/// call <see cref="Formula"/>.
/// </summary>
public static class RecordedProduct
{
    /// <summary>Characters of a formula read for its element order at most.</summary>
    private const int MaxFormulaScanned = 200;

    public static string Formula(Reaction reaction) =>
        reaction.Target.Count == 0 ? reaction.TargetFormula : Composition.From(reaction.Target).InConventionalOrder(ElementOrder(reaction)).ToFormula();

    /// <summary>The product's elements in the order the reaction string's product side first names them, or null.</summary>
    public static IReadOnlyList<string>? ElementOrder(Reaction reaction) => ElementsInOrderNamed(ProductSide(reaction.ReactionString), reaction.Target.Keys);

    /// <summary>The elements in the order <paramref name="formula"/> first names each, or null unless it names exactly <paramref name="elements"/>.</summary>
    public static IReadOnlyList<string>? ElementsInOrderNamed(string formula, IReadOnlyCollection<string> elements)
    {
        var named = new List<string>(elements.Count);
        // A symbol is a capital and an optional small letter; "Co" is cobalt, not C and O, when cobalt is one of the elements.
        for (var k = 0; k < formula.Length && k < MaxFormulaScanned; k++)
        {
            if (!char.IsAsciiLetterUpper(formula[k])) continue;
            var two = k + 1 < formula.Length && char.IsAsciiLetterLower(formula[k + 1]) ? formula.Substring(k, 2) : null;
            var symbol = two is not null && elements.Contains(two) ? two : formula.Substring(k, 1);
            if (elements.Contains(symbol) && !named.Contains(symbol)) named.Add(symbol);
        }
        return named.Count == elements.Count ? named : null;
    }

    /// <summary>What a reaction string writes after "==" (the product first, then by-products: "1 PbZr0.52Ti0.48O3 + 2 CO2").</summary>
    private static string ProductSide(string reactionString)
    {
        var arrow = reactionString.IndexOf("==", StringComparison.Ordinal);
        return arrow < 0 ? "" : reactionString[(arrow + 2)..];
    }
}
