using Synthesis.Chemistry.Elements;

namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// What makes a set of Wyckoff sets a protostructure: the elements are known and distinct, every letter is a
/// position of the space group, a position without free parameters (a fixed point) holds one set at most, and the
/// Pearson symbol and prototype a label states agree with what the multiplicities give — the Pearson count is
/// Σ count × multiplicity over all sets, the prototype amounts are each element's sites divided by their greatest
/// common divisor.
/// </summary>
internal static class LabelChecks
{
    /// <summary>One element of a label: its symbol, the amount the label's prototype states (null when built from a structure) and its sets.</summary>
    public readonly record struct ElementSets(string Element, int? StatedAmount, IReadOnlyList<WyckoffOccupation> Sets);

    public static ProtostructureLabel Build(int spaceGroup, PearsonSymbol? stated, IReadOnlyList<ElementSets> elements,
        WyckoffTables tables, Func<string, Exception> error)
    {
        if (spaceGroup is < 1 or > SpaceGroupCentring.Count) throw error($"space group {spaceGroup} is not one of 1–230");
        if (elements.Count == 0) throw error("no elements");
        if (elements.Count > InputLimits.MaxStructureElements) throw error($"more than {InputLimits.MaxStructureElements} elements");
        foreach (var e in elements)
            if (!PeriodicTable.IsElement(e.Element)) throw error($"'{InputLimits.Echo(e.Element)}' is not an element");
        if (elements.Select(e => e.Element).Distinct(StringComparer.Ordinal).Count() != elements.Count)
            throw error("an element is listed twice");

        var sites = new int[elements.Count];
        var setsOnPosition = new Dictionary<char, int>();
        var total = 0;
        for (var i = 0; i < elements.Count; i++)
            foreach (var (letter, count) in elements[i].Sets)
            {
                if (!tables.HasPosition(spaceGroup, letter))
                    throw error($"space group {spaceGroup} has no Wyckoff position '{letter}' (element {elements[i].Element}; it has {string.Concat(tables.Letters(spaceGroup))})");
                total += count;
                if (total > InputLimits.MaxWyckoffSets) throw error($"more than {InputLimits.MaxWyckoffSets} Wyckoff sets");
                sites[i] += count * tables.Multiplicity(spaceGroup, letter);
                setsOnPosition[letter] = setsOnPosition.GetValueOrDefault(letter) + count;
            }
        foreach (var (letter, count) in setsOnPosition)
            if (count > 1 && tables.FreeParameters(spaceGroup, letter) == 0)
                throw error($"Wyckoff position '{letter}' of space group {spaceGroup} is a fixed point but holds {count} sets");

        var pearson = new PearsonSymbol(PearsonSymbol.FamilyOf(spaceGroup), SpaceGroupCentring.Of(spaceGroup), sites.Sum());
        if (stated is { } s)
        {
            if (s.Family != pearson.Family)
                throw error($"Pearson symbol {s} has family '{s.Family}' but space group {spaceGroup} is '{pearson.Family}'");
            if (s.Centring != pearson.Centring)
                throw error($"Pearson symbol {s} has centring '{s.Centring}' but space group {spaceGroup} is '{pearson.Centring}'");
            if (s.AtomsInCell != pearson.AtomsInCell)
                throw error($"Pearson symbol {s} counts {s.AtomsInCell} atoms but the Wyckoff sets fill {pearson.AtomsInCell}");
        }

        var divisor = sites.Aggregate(0, GreatestCommonDivisor);
        var amounts = sites.Select(n => n / divisor).ToArray();
        if (elements.Any(e => e.StatedAmount is not null)
            && !elements.Select(e => e.StatedAmount ?? 0).SequenceEqual(amounts))
            throw error($"prototype {ProtostructureLabel.PrototypeOf(elements.Select(e => e.StatedAmount ?? 0))} disagrees with the Wyckoff sets, which give {ProtostructureLabel.PrototypeOf(amounts)}");

        return new ProtostructureLabel(spaceGroup, pearson, elements.Select((e, i) => (e.Element, amounts[i], (IEnumerable<WyckoffOccupation>)e.Sets)));
    }

    private static int GreatestCommonDivisor(int a, int b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);
}
