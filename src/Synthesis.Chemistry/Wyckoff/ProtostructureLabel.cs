using System.Globalization;

namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// An Aflow-style protostructure label, "AB6C3_hR30_160_a_2b_b:Hf-N-Zn": the prototype stoichiometry (one capital
/// per element, its reduced amount after it, 1 left out), the Pearson symbol, the space group number, for each
/// element the Wyckoff sets it occupies, and the elements. It names a structure up to its free coordinates and
/// lattice parameters — what Wren reads (Goodall et al., Sci. Adv. 8, eabn4117, 2022).
/// </summary>
/// <remarks>
/// Held in the normal form its text uses: elements in alphabetical order (their Wyckoff sets and amounts with them),
/// each element's letters in the International Tables' order. Two labels are equal when their texts are; labels
/// that differ only by an equivalent relabelling are different texts of one structure (see
/// <see cref="WyckoffRelabelings"/>). Built by <see cref="Parse"/> or <see cref="FromWyckoffSets"/>, both checked
/// against <see cref="WyckoffTables"/>.
/// </remarks>
public sealed class ProtostructureLabel : IEquatable<ProtostructureLabel>
{
    private readonly string _text;

    internal ProtostructureLabel(int spaceGroup, PearsonSymbol pearson, IEnumerable<(string Element, int Amount, IEnumerable<WyckoffOccupation> Sets)> elements)
    {
        var ordered = elements.OrderBy(e => e.Element, StringComparer.Ordinal).ToArray();
        SpaceGroup = spaceGroup;
        Pearson = pearson;
        Elements = ordered.Select(e => e.Element).ToArray();
        PrototypeAmounts = ordered.Select(e => e.Amount).ToArray();
        WyckoffSets = ordered.Select(e => (IReadOnlyList<WyckoffOccupation>)e.Sets.OrderBy(s => WyckoffOccupation.Rank(s.Letter)).ToArray()).ToArray();
        _text = $"{Prototype}_{Pearson}_{SpaceGroup}_{WyckoffText}:{ChemicalSystem}";
    }

    public int SpaceGroup { get; }
    public PearsonSymbol Pearson { get; }

    /// <summary>Element symbols in alphabetical order: A of the prototype is the first.</summary>
    public IReadOnlyList<string> Elements { get; }

    /// <summary>Reduced amounts of the elements, in <see cref="Elements"/>' order: AB6C3 → 1, 6, 3.</summary>
    public IReadOnlyList<int> PrototypeAmounts { get; }

    /// <summary>For each element (in <see cref="Elements"/>' order), the Wyckoff positions it occupies and how often.</summary>
    public IReadOnlyList<IReadOnlyList<WyckoffOccupation>> WyckoffSets { get; }

    /// <summary>"AB6C3".</summary>
    public string Prototype => PrototypeOf(PrototypeAmounts);

    /// <summary>"a_2b_b": each element's Wyckoff sets, elements joined by '_'.</summary>
    public string WyckoffText => string.Join('_', WyckoffSets.Select(sets => string.Concat(sets)));

    /// <summary>"Hf-N-Zn".</summary>
    public string ChemicalSystem => string.Join('-', Elements);

    /// <summary>Occupied Wyckoff sets in all: the nodes of the structure's Wren graph.</summary>
    public int WyckoffSetCount => WyckoffSets.Sum(sets => sets.Sum(s => s.Count));

    /// <summary>Reads a label; throws <see cref="ProtostructureLabelException"/> with a one-line reason.</summary>
    public static ProtostructureLabel Parse(string text) => ProtostructureLabelParser.Parse(text, WyckoffTables.Default);

    public static bool TryParse(string text, out ProtostructureLabel? label, out string? error)
    {
        try
        {
            label = Parse(text);
            error = null;
            return true;
        }
        catch (ProtostructureLabelException e)
        {
            label = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// The label of a structure given as its Wyckoff sets (one entry per orbit: its element and Wyckoff letter) in a
    /// space group: the Pearson count and the prototype amounts follow from the multiplicities. The letters are taken
    /// as given; <see cref="WyckoffRelabelings.Canonical"/> picks the conventional one of the equivalent labels.
    /// </summary>
    /// <param name="error">Makes the exception for sets that make no label (default: <see cref="ArgumentException"/>).</param>
    public static ProtostructureLabel FromWyckoffSets(int spaceGroup, IEnumerable<(string Element, char Letter)> orbits, WyckoffTables tables,
        Func<string, Exception>? error = null)
    {
        var byElement = orbits.GroupBy(o => o.Element, StringComparer.Ordinal)
            .Select(g => (Element: g.Key, Sets: g.GroupBy(o => o.Letter).Select(l => new WyckoffOccupation(l.Key, l.Count())).ToArray()))
            .ToArray();
        return LabelChecks.Build(spaceGroup, stated: null, byElement.Select(e => new LabelChecks.ElementSets(e.Element, null, e.Sets)).ToArray(),
            tables, error ?? (reason => new ArgumentException(reason)));
    }

    /// <summary>The same structure with every Wyckoff letter renamed by <paramref name="relabel"/> (a permutation of the group's letters).</summary>
    public ProtostructureLabel Relabelled(Func<char, char> relabel) =>
        new(SpaceGroup, Pearson, Elements.Select((e, i) =>
            (e, PrototypeAmounts[i], WyckoffSets[i].Select(s => s with { Letter = relabel(s.Letter) }))));

    /// <summary>The prototype of these amounts: capitals from A, each amount after its capital, 1 left out.</summary>
    internal static string PrototypeOf(IEnumerable<int> amounts) =>
        string.Concat(amounts.Select((n, i) => $"{(char)('A' + i)}{(n == 1 ? "" : n.ToString(CultureInfo.InvariantCulture))}"));

    public override string ToString() => _text;
    public bool Equals(ProtostructureLabel? other) => other is not null && _text == other._text;
    public override bool Equals(object? obj) => Equals(obj as ProtostructureLabel);
    public override int GetHashCode() => _text.GetHashCode(StringComparison.Ordinal);
}
