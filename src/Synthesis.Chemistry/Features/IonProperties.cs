using Synthesis.Chemistry.Elements;

namespace Synthesis.Chemistry.Features;

/// <summary>Magpie's ion properties: can the composition be charge balanced, and its ionic character.</summary>
/// <remarks>
/// Charge balance: some choice of one common oxidation state per element (OxidationStates.table) gives
/// Σ xᵢ·qᵢ = 0 within 1e-6. Elements without listed states, and single elements, count as not balanced.
/// Ionic character of a pair: 1 − exp(−¼(χᵢ − χⱼ)²) with Pauling χ; pairs with a noble gas (no χ) are skipped.
/// "avg ionic char" is Σ over unordered pairs xᵢ·xⱼ·I(i, j), as in matminer.
/// </remarks>
internal static class IonProperties
{
    private const int MaxAssignments = 1 << 16;

    public static double[] Compute(KeyValuePair<string, double>[] fractions, ElementTable table)
    {
        double maxIonic = 0, avgIonic = 0;
        for (var i = 0; i < fractions.Length; i++)
        for (var j = i + 1; j < fractions.Length; j++)
        {
            var (a, b) = (table.RawElectronegativity(fractions[i].Key), table.RawElectronegativity(fractions[j].Key));
            if (double.IsNaN(a) || double.IsNaN(b)) continue;
            var ionic = 1 - Math.Exp(-0.25 * (a - b) * (a - b));
            maxIonic = Math.Max(maxIonic, ionic);
            avgIonic += fractions[i].Value * fractions[j].Value * ionic;
        }
        return [CanChargeBalance(fractions, table) ? 1 : 0, maxIonic, avgIonic];
    }

    private static bool CanChargeBalance(KeyValuePair<string, double>[] fractions, ElementTable table)
    {
        if (fractions.Length < 2) return false;
        var states = fractions.Select(f => table.OxidationStates(f.Key)).ToArray();
        if (states.Any(s => s.Count == 0)) return false;
        if (states.Aggregate(1L, (n, s) => n * s.Count) > MaxAssignments) return false;
        return Search(0, 0.0);

        bool Search(int index, double charge)
        {
            if (index == fractions.Length) return Math.Abs(charge) < 1e-6;
            foreach (var q in states[index])
                if (Search(index + 1, charge + q * fractions[index].Value)) return true;
            return false;
        }
    }
}
