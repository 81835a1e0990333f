using System.Globalization;
using System.Text.RegularExpressions;
using Synthesis.Chemistry.Charges;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Import;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Cleaning;

/// <summary>
/// Targets whose paper wrote the oxygen as a variable: "YBa2Cu3Oy", "Bi2Sr2CaCu2Ox", "SrFe1.5Co0.5Oz". The text-mined
/// record gives that oxygen as "1 - del_O", i.e. one oxygen (YBa2Cu3O), which none of these compounds has. Cleaning
/// gives it the oxygen that other papers report for the same cations (YBa2Cu3O7: <see cref="ReportedOxygen"/>, once the
/// whole dataset is read) or, where none does, the oxygen that balances the other elements' charges with the oxidation
/// states the precursors imply (<see cref="PrecursorOxidationStates.BalancingOxygen"/>: Bi2Sr2CaCu2O8 from Bi2O3, SrCO3,
/// CaCO3 and CuO), and says which in a warning. A target neither fixes keeps the recorded 1, with a warning that its
/// oxygen is unknown. The target as mined stays in <see cref="Reaction.RecordedTarget"/>. An "O1-δ" written with its 1
/// (Zn0.95V0.05O1+δ) is left alone.
/// </summary>
public static partial class VariableOxygen
{
    private const string Finding = "the target's oxygen is written as a variable";

    /// <summary>Whether the target's only phase has the oxygen "1 ± del_O" and its formula writes no 1 after the O.</summary>
    public static bool IsWritten(SourceMaterial target)
    {
        var phases = (target.Composition ?? []).OfType<SourcePhase>().Where(p => p.Elements is { Count: > 0 }).ToList();
        if (phases.Count != 1 || phases[0].Elements!.GetValueOrDefault("O") is not { } oxygen) return false;
        var amount = oxygen.Replace(" ", "");
        return amount is "1-del_O" or "1+del_O" && !WrittenOne().IsMatch(target.MaterialFormula ?? "");
    }

    /// <summary>The target with its oxygen balanced, and the warning that says what was done (or that it could not be).</summary>
    public static (Composition Target, string Warning) Balance(Composition target, IEnumerable<Composition> precursors) =>
        PrecursorOxidationStates.BalancingOxygen(target, precursors) is { } oxygen
            ? (Composition.From(target.Where(e => e.Key != "O").Append(KeyValuePair.Create("O", Rounded(oxygen)))), $"{Finding}: set to {Amount(oxygen)} by charge balance with the precursors' oxidation states")
            : (target, $"{Finding} and the precursors do not fix its elements' charges: kept at 1, its real amount is unknown");

    /// <summary>The warning of a target given the oxygen <paramref name="reactions"/> other reactions report for its cations (<see cref="ReportedOxygen"/>).</summary>
    public static void TakeReported(Reaction reaction, double oxygen, int reactions)
    {
        reaction.Target["O"] = Rounded(oxygen);
        reaction.TargetFormula = RecordedProduct.Formula(reaction);
        reaction.Warnings.RemoveAll(w => w.StartsWith(Finding, StringComparison.Ordinal));
        reaction.Warnings.Add($"{Finding}: set to {Amount(oxygen)}, as {reactions} reaction(s) with an explicit oxygen report for these cations");
    }

    /// <summary>An oxygen amount as stored: to 4 decimals.</summary>
    private static double Rounded(double oxygen) => Math.Round(oxygen, 4);

    private static string Amount(double oxygen) => Rounded(oxygen).ToString("0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"O\s*1(?![0-9.])")]
    private static partial Regex WrittenOne();
}
