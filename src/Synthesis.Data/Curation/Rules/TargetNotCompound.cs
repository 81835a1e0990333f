using System.Globalization;
using Synthesis.Chemistry.Charges;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Curation.Rules;

/// <summary>
/// A target that reads as a fragment rather than a compound: no anion-forming element although every precursor
/// has one ("La0.6Ca0.4" cut from "La0.6Ca0.4MnO3"), or two or more fractional cation amounts of which no subset
/// completes a whole site ("La0.7Sr0.2MnO3": 0.7 + 0.2 is no site). One fractional cation alone is an excess or a
/// deficiency ("Li1.05Mn2O4"), and oxygen non-stoichiometry ("O2.95") is chemistry: neither is flagged. A third
/// finding is an oxygen content written as a variable and read as 1 ("Y1.6Ba2.3Cu3.3Oy" → O1): exactly one O against
/// cation amounts of 2.5 or more, or of 2 shared by two or more cations ("La0.35Ca0.65MnOy"), which no oxide has
/// (Li2O and Cu2O, one cation twice, stay). Since cleaning revision 1 the import gives most such oxygens their value
/// (<see cref="Cleaning.VariableOxygen"/>); this finding then flags the few it could not, and older imports. A fourth
/// is an oxide or halide whose charges no choice of its cations' states can balance (<see cref="ChargeBalance"/>:
/// "Na3Zr2Si2PO", "La58Ca38MnO3", "Ca3SiO4"); it is not repeated for an oxygen read as 1, which is its commonest cause.
/// </summary>
public static class TargetNotCompound
{
    /// <summary>Elements that form the anion of a solid-state product.</summary>
    private static readonly HashSet<string> AnionFormers = ["O", "N", "S", "Se", "Te", "F", "Cl", "Br", "I", "P", "As", "C", "B", "H", "Si", "Ge", "Sb"];
    private const double SiteTolerance = 0.02;
    /// <summary>Fractional parts below this are rounding, not a dopant (dopants at 0.002 are common and count).</summary>
    private const double Negligible = 1e-4;
    private const int MaxFractionalCations = 12;
    private const double OxygenReadAsOneCations = 2.5;

    public static IEnumerable<ReactionFinding> Find(Reaction reaction)
    {
        if (!reaction.Target.Keys.Any(AnionFormers.Contains) && reaction.Precursors.All(p => p.Composition.Keys.Any(AnionFormers.Contains)))
        {
            yield return ReactionFinding.Of(reaction, FlagReason.TargetNotCompound,
                $"target {reaction.TargetFormula} has no anion although every precursor has one: a fragment of the product?");
            yield break;
        }
        if (OxygenReadAsOne(reaction.Target))
            yield return ReactionFinding.Of(reaction, FlagReason.TargetNotCompound,
                $"one O against {Cations(reaction.Target).ToString("0.###", CultureInfo.InvariantCulture)} of cations: an oxygen content such as 'Oy' or 'O3-δ' read as 1?");
        else if (ChargeBalance.Of(reaction.Target) is { Balances: false } charges)
            yield return ReactionFinding.Of(reaction, FlagReason.TargetNotCompound,
                $"charges cannot balance: the cations give {Amount(charges.Lowest)} to {Amount(charges.Highest)} in the states they take in known solids, " +
                $"the anions need {Amount(charges.Anions)}: an amount lost or misread?");
        var fractional = reaction.Target.Where(e => !AnionFormers.Contains(e.Key))
            .Select(e => (e.Key, Part: e.Value - Math.Floor(e.Value))).Where(e => e.Part is > Negligible and < 1 - Negligible).ToList();
        if (fractional.Count is >= 2 and <= MaxFractionalCations && !AnySubsetCompletesASite(fractional.Select(e => e.Part).ToArray()))
            yield return ReactionFinding.Of(reaction, FlagReason.TargetNotCompound,
                $"cation amounts {string.Join(", ", fractional.Select(e => $"{e.Key} {e.Part.ToString("0.###", CultureInfo.InvariantCulture)}"))} add up to no whole site");
    }

    /// <summary>
    /// Whether a product reads as an oxide whose oxygen content, written as a variable, was read as 1: exactly one O and
    /// no other anion former, against cation amounts of 2.5 or more, or of 2 shared by two or more cations.
    /// </summary>
    public static bool OxygenReadAsOne(IReadOnlyCollection<KeyValuePair<string, double>> product)
    {
        var (oxygen, others, count) = (0.0, false, 0);
        foreach (var (element, amount) in product)
        {
            count++;
            if (element == "O") oxygen = amount;
            else if (AnionFormers.Contains(element)) others = true;
        }
        var cations = Cations(product);
        return !others && Math.Abs(oxygen - 1) < 1e-9 && (cations >= OxygenReadAsOneCations || (cations >= 2 - 1e-9 && count >= 3));
    }

    private static string Amount(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static double Cations(IEnumerable<KeyValuePair<string, double>> product) =>
        product.Where(e => !AnionFormers.Contains(e.Key)).Sum(e => e.Value);

    private static bool AnySubsetCompletesASite(double[] parts)
    {
        for (var mask = 1; mask < 1 << parts.Length; mask++)
        {
            var sum = 0.0;
            for (var i = 0; i < parts.Length; i++)
                if ((mask & (1 << i)) != 0) sum += parts[i];
            if (sum > 0.5 && Math.Abs(sum - Math.Round(sum)) <= SiteTolerance) return true;
        }
        return false;
    }
}
