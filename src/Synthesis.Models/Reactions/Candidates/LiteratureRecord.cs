using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// What the candidate step reads of a stored reaction: its paper, precursor formulas (never their balanced amounts,
/// which were solved from the product), the recorded product as the paper wrote it, and the heating it reports.
/// </summary>
public sealed record LiteratureRecord(
    string Id,
    string Doi,
    string ReactionString,
    IReadOnlyList<Composition> Precursors,
    Composition Product,
    IReadOnlyList<double> HeatingTemperaturesC,
    IReadOnlyList<double> HeatingTimesH)
{
    /// <summary>
    /// The product's elements in the order its paper's formula names them ("Pb", "Zr", "Ti", "O" for "PbZr0.52Ti0.48O3" on
    /// the right of the reaction string, where the stored composition lists Zr, Ti, Pb, O); null when the right-hand side
    /// does not name exactly its elements.
    /// </summary>
    public IReadOnlyList<string>? WrittenOrder { get; init; }

    public static LiteratureRecord From(Reaction reaction) => new(
        reaction.Id,
        reaction.Doi,
        reaction.ReactionString,
        reaction.Precursors.Select(p => Composition.From(p.Composition)).ToArray(),
        Composition.From(reaction.Target),
        Heating(reaction, o => o.TemperaturesC),
        Heating(reaction, o => o.TimesH))
    {
        WrittenOrder = WrittenOrderOf(reaction),
    };

    /// <summary>A stored reaction's product elements in the order its paper wrote them (<see cref="WrittenOrder"/>), or null.</summary>
    public static IReadOnlyList<string>? WrittenOrderOf(Reaction reaction) => ElementsInOrderNamed(ProductSide(reaction.ReactionString), reaction.Target.Keys);

    /// <summary>
    /// The recorded product as a chemist reads it: the stored amounts, in the order its paper wrote them ("Zn9Ga2O12", not
    /// the text-mined composition's "Zn9O12Ga2"), else in conventional order.
    /// </summary>
    public static string RecordedFormula(Reaction reaction) =>
        reaction.Target.Count == 0 ? reaction.TargetFormula : Composition.From(reaction.Target).InConventionalOrder(WrittenOrderOf(reaction)).ToFormula();

    /// <summary>What a reaction string writes after "==" (the product first, then by-products: "1 PbZr0.52Ti0.48O3 + 2 CO2").</summary>
    private static string ProductSide(string reactionString)
    {
        var arrow = reactionString.IndexOf("==", StringComparison.Ordinal);
        return arrow < 0 ? "" : reactionString[(arrow + 2)..];
    }

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

    /// <summary>Characters of a formula read for its element order at most.</summary>
    private const int MaxFormulaScanned = 200;

    private static double[] Heating(Reaction reaction, Func<Operation, List<double>> values) =>
        reaction.Operations.Where(o => o.Action == ActionClass.Heating).SelectMany(values).ToArray();
}
