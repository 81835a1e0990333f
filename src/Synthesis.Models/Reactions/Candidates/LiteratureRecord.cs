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
        WrittenOrder = RecordedProduct.ElementOrder(reaction),
    };

    private static double[] Heating(Reaction reaction, Func<Operation, List<double>> values) =>
        reaction.Operations.Where(o => o.Action == ActionClass.Heating).SelectMany(values).ToArray();
}
