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
/// gives it the oxygen that other papers report for the same cations (YBa2Cu3O7: <see cref="PreferReported"/>, once the
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
            ? (WithOxygen(target, oxygen), $"{Finding}: set to {Amount(oxygen)} by charge balance with the precursors' oxidation states")
            : (target, $"{Finding} and the precursors do not fix its elements' charges: kept at 1, its real amount is unknown");

    /// <summary>
    /// Gives each kept reaction whose target's oxygen was written as a variable the oxygen that kept reactions with an
    /// explicit oxygen most often report for the same cation ratios (oxygen per cation, to 3 decimals; a tie goes to
    /// the one nearest the charge balance), replacing the charge balance; returns the reactions it changed.
    /// </summary>
    public static IReadOnlyList<Reaction> PreferReported(IReadOnlyList<Reaction> kept)
    {
        // cation key → oxygen per cation (to 3 decimals) → (its first exact value, how many report it)
        var reported = new Dictionary<string, Dictionary<double, (double PerCation, int Count)>>();
        foreach (var reaction in kept.Where(r => r.RecordedTarget is null && r.Target.ContainsKey("O")))
        {
            var key = CationKey(reaction.Target);
            var counts = reported.TryGetValue(key, out var found) ? found : reported[key] = [];
            var perCation = reaction.Target["O"] / Cations(reaction.Target);
            var rounded = Math.Round(perCation, 3);
            counts[rounded] = counts.TryGetValue(rounded, out var seen) ? (seen.PerCation, seen.Count + 1) : (perCation, 1);
        }

        var changed = new List<Reaction>();
        foreach (var reaction in kept.Where(r => r.RecordedTarget is not null))
        {
            if (!reported.TryGetValue(CationKey(reaction.Target), out var counts)) continue;
            var cations = Cations(reaction.Target);
            var current = reaction.Target["O"] / cations;
            var (perCation, papers) = counts.Values.OrderByDescending(c => c.Count).ThenBy(c => Math.Abs(c.PerCation - current)).First();
            var oxygen = Math.Round(perCation * cations, 4);
            reaction.Target["O"] = oxygen;
            reaction.TargetFormula = RecordedProduct.Formula(reaction);
            reaction.Warnings.RemoveAll(w => w.StartsWith(Finding, StringComparison.Ordinal));
            reaction.Warnings.Add($"{Finding}: set to {Amount(oxygen)}, as {papers} reaction(s) with an explicit oxygen report for these cations");
            changed.Add(reaction);
        }
        return changed;
    }

    private static Composition WithOxygen(Composition target, double oxygen) =>
        Composition.From(target.Where(e => e.Key != "O").Append(KeyValuePair.Create("O", Math.Round(oxygen, 4))));

    private static string CationKey(Dictionary<string, double> target) =>
        ReactionKeys.Composition(target.Where(e => e.Key != "O").ToDictionary(e => e.Key, e => e.Value));

    private static double Cations(Dictionary<string, double> target) => target.Where(e => e.Key != "O").Sum(e => e.Value);

    private static string Amount(double oxygen) => Math.Round(oxygen, 4).ToString("0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"O\s*1(?![0-9.])")]
    private static partial Regex WrittenOne();
}
