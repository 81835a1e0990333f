using System.Globalization;
using System.Text.RegularExpressions;
using Synthesis.Chemistry.Charges;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Import;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Cleaning;

/// <summary>
/// Targets whose oxygen the text-mining gives as one though the paper wrote another amount:
/// <list type="bullet">
/// <item>written as a variable: "YBa2Cu3Oy", "Bi2Sr2CaCu2Ox", "SrFe1.5Co0.5Oz" are mined as "1 - del_O" (cleaning
/// revision 1; <see cref="IsWritten"/>);</item>
/// <item>a lost amount: "Pr0.6Sr0.4MnO", "InGaZnO", "SrFeO(3-δ)" are mined as "1", fewer oxygens than the cations need
/// (cleaning revision 2; <see cref="IsLost"/>).</item>
/// </list>
/// Cleaning gives such a target the oxygen that other papers report for the same cations (YBa2Cu3O7:
/// <see cref="ReportedOxygen"/>, once the whole dataset is read) or, where none does, the oxygen that balances the other
/// elements' charges with the oxidation states the precursors imply (<see cref="PrecursorOxidationStates.BalancingOxygen"/>:
/// Bi2Sr2CaCu2O8 from Bi2O3, SrCO3, CaCO3 and CuO), and says which in a warning. A variable neither fixes keeps the
/// recorded 1, with a warning that its oxygen is unknown. The target as mined stays in <see cref="Reaction.RecordedTarget"/>.
/// An "O1-δ" written with its 1 (Zn0.95V0.05O1+δ) is left alone.
/// </summary>
public static partial class VariableOxygen
{
    private const string Finding = "the target's oxygen is written as a variable";
    private const string LostFinding = "the target's oxygen is mined as 1, fewer than its other elements' charges need";

    /// <summary>Elements that are anions beside the oxygen (oxyhalides, oxysulfides such as BaZnSO and La3GaS5O, oxynitrides, oxypnictides such as LaOFeAs): a single oxygen may be right there.</summary>
    private static readonly HashSet<string> Anions = ["F", "Cl", "Br", "I", "H", "N", "S", "Se", "Te", "As", "Sb", "C"];

    /// <summary>Elements that are anions in some targets (LaCoOP) and oxoanion centres in others (AlPO4, BaSiBO): taken as the latter only when a precursor brings them with oxygen (NH4H2PO4, SiO2, H3BO3).</summary>
    private static readonly HashSet<string> OxoanionCentres = ["P", "B", "Si", "Ge"];

    /// <summary>
    /// Whether the target's oxygen reads as one only because its amount was lost: its only phase has the oxygen "1", its
    /// formula writes no 1 after the O, nothing in it may be an anion beside the oxygen, and the precursors' oxidation
    /// states need at least 2.5 oxygens (InGaZnO from In2O3, Ga2O3, ZnO: 4), or at least 2 where the formula writes no
    /// amount at all and so names only the elements (ZnMgO from ZnO, MgO). A single oxygen the precursors' states need
    /// less than that for is left alone: Li0.5Ni0.5O (0.75), and Cu1.97Mn0.03O from CuO and MnO2 (2.03, but a Cu2O whose
    /// copper was reduced); so is a target whose charges the precursors do not fix.
    /// </summary>
    public static bool IsLost(SourceMaterial target, Composition resolved, IReadOnlyList<Composition> precursors)
    {
        if (OxygenAsMined(target) != "1") return false;
        if (resolved.Elements.Any(e => Anions.Contains(e) || OxoanionCentres.Contains(e) && !precursors.Any(p => p.Contains(e) && p.Contains("O"))))
            return false;
        var needed = PrecursorOxidationStates.BalancingOxygen(resolved, precursors);
        return needed >= 2.5 || needed >= 2 && !(target.MaterialFormula ?? "").Any(char.IsDigit);
    }

    /// <summary>Whether the target's only phase has the oxygen "1 ± del_O" and its formula writes no 1 after the O.</summary>
    public static bool IsWritten(SourceMaterial target) => OxygenAsMined(target) is "1-del_O" or "1+del_O";

    /// <summary>
    /// The oxygen amount of the target's only phase as the text-mining gives it, without spaces ("1", "1-del_O"); null
    /// when the target has several phases or no oxygen, or its formula writes a 1 after the O (the paper's own one).
    /// </summary>
    private static string? OxygenAsMined(SourceMaterial target)
    {
        var phases = (target.Composition ?? []).OfType<SourcePhase>().Where(p => p.Elements is { Count: > 0 }).ToList();
        if (phases.Count != 1 || phases[0].Elements!.GetValueOrDefault("O") is not { } oxygen || WrittenOne().IsMatch(target.MaterialFormula ?? "")) return null;
        return oxygen.Replace(" ", "");
    }

    /// <summary>
    /// The target with its oxygen balanced, and the warning that says what was done (or that it could not be), for a
    /// target whose oxygen is written as a variable (<paramref name="lost"/> false) or was lost (<see cref="IsLost"/>).
    /// </summary>
    public static (Composition Target, string Warning) Balance(Composition target, IEnumerable<Composition> precursors, bool lost = false)
    {
        var finding = lost ? LostFinding : Finding;
        return PrecursorOxidationStates.BalancingOxygen(target, precursors) is { } oxygen
            ? (Composition.From(target.Where(e => e.Key != "O").Append(KeyValuePair.Create("O", Rounded(oxygen)))), $"{finding}: set to {Amount(oxygen)} by charge balance with the precursors' oxidation states")
            : (target, $"{finding} and the precursors do not fix its elements' charges: kept at 1, its real amount is unknown");
    }

    /// <summary>The warning of a target given the oxygen <paramref name="reactions"/> other reactions report for its cations (<see cref="ReportedOxygen"/>).</summary>
    public static void TakeReported(Reaction reaction, double oxygen, int reactions)
    {
        var finding = reaction.Warnings.Any(w => w.StartsWith(LostFinding, StringComparison.Ordinal)) ? LostFinding : Finding;
        reaction.Target["O"] = Rounded(oxygen);
        reaction.TargetFormula = RecordedProduct.Formula(reaction);
        reaction.Warnings.RemoveAll(w => w.StartsWith(finding, StringComparison.Ordinal));
        reaction.Warnings.Add($"{finding}: set to {Amount(oxygen)}, as {reactions} reaction(s) with an explicit oxygen report for these cations");
    }

    /// <summary>An oxygen amount as stored: to 4 decimals.</summary>
    private static double Rounded(double oxygen) => Math.Round(oxygen, 4);

    private static string Amount(double oxygen) => Rounded(oxygen).ToString("0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"O\s*1(?![0-9.])")]
    private static partial Regex WrittenOne();
}
