using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Charges;

/// <summary>
/// The oxidation state of each element as a reaction's precursors imply it: Y2O3 gives Y³⁺, BaCO3 Ba²⁺ (and C⁴⁺),
/// Ba(NO3)2 Ba²⁺, FePO4 Fe³⁺ and P⁵⁺. Used to balance charges: the charge-balanced candidate oxides and the cleaning's
/// oxygen for targets whose oxygen the paper wrote as a variable (YBa2Cu3Oy).
/// </summary>
/// <remarks>
/// A precursor gives its one cation's state when every other element in it is a ligand of fixed charge
/// (O −2, H +1, C +4, N +5, S +6, P +5, halogens −1: carbonates, nitrates, hydroxides, sulfates, phosphates, halides)
/// and the state is one the element commonly takes (<see cref="ElementTable.OxidationStates"/>). Elements that are only
/// ligands in the precursors (the P of FePO4) keep their ligand charge. An element two precursors give different
/// states is left out.
/// </remarks>
public static class PrecursorOxidationStates
{
    private static readonly Dictionary<string, int> LigandCharge = new()
    {
        ["O"] = -2, ["H"] = 1, ["C"] = 4, ["N"] = 5, ["S"] = 6, ["P"] = 5, ["F"] = -1, ["Cl"] = -1, ["Br"] = -1, ["I"] = -1,
    };

    /// <summary>Whole-number states only: a mixed-valence precursor (Co3O4, 8/3) gives none.</summary>
    public static IReadOnlyDictionary<string, int> Of(IEnumerable<Composition> precursors) =>
        Implied(precursors, mixedValence: false).ToDictionary(s => s.Key, s => (int)Math.Round(s.Value));

    /// <summary>
    /// The oxygen that balances the charges of <paramref name="composition"/>'s other elements (YBa2Cu3 from Y2O3, BaCO3,
    /// CuO: (3 + 4 + 6) / 2 = 6.5), or null when an element has no state or the charge is not positive. Here a
    /// mixed-valence precursor gives its average state when it lies within the element's common ones (Co3O4: Co 8/3),
    /// and an element the precursors give no state takes its only common one (Ba²⁺ from the peroxide BaO2).
    /// </summary>
    public static double? BalancingOxygen(Composition composition, IEnumerable<Composition> precursors)
    {
        var states = Implied(precursors, mixedValence: true);
        var charge = 0.0;
        foreach (var (element, amount) in composition)
        {
            if (element == "O") continue;
            if (states.TryGetValue(element, out var state)) charge += amount * state;
            else if (ElementTable.Default.OxidationStates(element) is [var only]) charge += amount * only;
            else return null;
        }
        return charge > 0 ? charge / 2 : null;
    }

    private static Dictionary<string, double> Implied(IEnumerable<Composition> precursors, bool mixedValence)
    {
        var found = new Dictionary<string, double?>();
        foreach (var precursor in precursors)
        {
            foreach (var ligand in precursor.Elements.Where(e => LigandCharge.ContainsKey(e) && e is not ("O" or "H"))) Record(ligand, LigandCharge[ligand]);
            var cations = precursor.Elements.Where(e => !LigandCharge.ContainsKey(e)).ToArray();
            if (cations.Length != 1) continue;
            var rest = precursor.Where(e => e.Key != cations[0]).Sum(e => e.Value * LigandCharge[e.Key]);
            var state = -rest / precursor[cations[0]];
            var common = ElementTable.Default.OxidationStates(cations[0]);
            var whole = Math.Abs(state - Math.Round(state)) < 1e-6;
            if (whole ? common.Contains((int)Math.Round(state)) : mixedValence && common.Count > 0 && state > common.Min() && state < common.Max())
                Record(cations[0], whole ? Math.Round(state) : state);
        }
        return found.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!.Value);

        void Record(string element, double state) =>
            found[element] = found.TryGetValue(element, out var known) && known != state ? null : state;
    }
}
