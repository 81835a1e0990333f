using System.Collections.Frozen;

namespace Synthesis.Chemistry.Charges;

/// <summary>
/// The lowest and highest positive oxidation state each element takes as a cation in known solids (Greenwood &amp;
/// Earnshaw, <i>Chemistry of the Elements</i>, 2nd ed., 1997; the states of its element chapters, leaving out those
/// known only in molecules or complexes). Wider than <see cref="Elements.ElementTable.OxidationStates"/>, the common
/// states, on purpose: Fe⁴⁺ (SrFeO3), Cu³⁺ (YBa2Cu3O7), Co⁴⁺ and Ru⁵⁺ are ordinary in the oxides the dataset records.
/// Hydrogen spans −1 to +1 (hydrides and hydroxides alike), and P, As and Sb reach down to −3: pnictide oxides hold
/// them as anions (LaFePO, LaFeAsO, LaMnSbO, BaTi2Sb2O).
/// </summary>
public static class CationStates
{
    private static readonly FrozenDictionary<string, (int Lowest, int Highest)> Ranges = Parse(
        "H:-1..1 Li:1 Na:1 K:1 Rb:1 Cs:1 Be:2 Mg:2 Ca:2 Sr:2 Ba:2 B:3 Al:3 Ga:1..3 In:1..3 Tl:1..3 C:2..4 Si:4 Ge:2..4 " +
        "Sn:2..4 Pb:2..4 P:-3..5 As:-3..5 Sb:-3..5 Bi:3..5 Sc:3 Ti:2..4 V:2..5 Cr:2..6 Mn:2..7 Fe:2..6 Co:2..5 Ni:1..4 Cu:1..4 Zn:2 " +
        "Y:3 Zr:2..4 Nb:2..5 Mo:2..6 Tc:3..7 Ru:2..8 Rh:1..6 Pd:1..4 Ag:1..3 Cd:2 Hf:2..4 Ta:2..5 W:2..6 Re:2..7 Os:2..8 " +
        "Ir:1..6 Pt:2..6 Au:1..5 Hg:1..2 La:3 Ce:3..4 Pr:3..4 Nd:2..4 Pm:3 Sm:2..3 Eu:2..3 Gd:3 Tb:3..4 Dy:2..4 Ho:3 " +
        "Er:3 Tm:2..3 Yb:2..3 Lu:3 Th:4 Pa:4..5 U:3..6 Np:3..7 Pu:3..7 Am:2..7");

    /// <summary>The element's range of cation states, or null where it has none here (noble gases, the anions, the rarest elements).</summary>
    public static (int Lowest, int Highest)? Of(string element) => Ranges.TryGetValue(element, out var range) ? range : null;

    private static FrozenDictionary<string, (int, int)> Parse(string table) =>
        table.Split(' ').Select(entry => entry.Split(':')).ToFrozenDictionary(
            parts => parts[0],
            parts => parts[1].Split("..") is [var low, var high] ? (int.Parse(low), int.Parse(high)) : (int.Parse(parts[1]), int.Parse(parts[1])));
}
