using Synthesis.Chemistry.Charges;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Oxides with small whole-number cation ratios near the model's, charge-balanced with the oxidation states the
/// precursors imply: BaCO3 + TiO2 with the model at Ba3Ti4O11 also offers BaTiO3 (Ba²⁺, Ti⁴⁺ → O = (2 + 4) / 2).
/// </summary>
/// <remarks>
/// The states are the precursors' (<see cref="PrecursorOxidationStates"/>). Only oxides are offered (the model's product is cations and O),
/// with 2 to 4 cations, each 1 to 6 per formula unit and at most 10 in all, the nearest by L1 of the cation ratios plus
/// <see cref="SimplicityCost"/> per cation; elements that are only ligands in the
/// precursors (the P of FePO4) keep their ligand charge.
/// </remarks>
public static class ChargeBalancedRatios
{
    public const int MaxCations = 4;
    public const int MaxPerCation = 6;
    public const int MaxCationsPerFormula = 10;

    /// <summary>
    /// Cost per cation in the formula, added to the L1 distance of the cation ratios: simple ratios are what compounds
    /// have, so 1:1 (cost 0.06) beats 3:4 (0.21) unless the model's ratio is clearly nearer 3:4.
    /// </summary>
    public const double SimplicityCost = 0.03;

    public static IReadOnlyList<Composition> Near(IReadOnlyList<Composition> precursors, Composition modelFractions, int count)
    {
        if (!modelFractions.Contains("O")) return [];
        var cations = modelFractions.Elements.Where(e => e != "O").ToArray();
        if (cations.Length is < 2 or > MaxCations) return [];
        var states = PrecursorOxidationStates.Of(precursors);
        if (!cations.All(states.ContainsKey)) return [];

        var target = modelFractions.Where(e => e.Key != "O").ToArray();
        var total = target.Sum(e => e.Value);
        var best = new List<(int[] Counts, double Distance)>();
        foreach (var counts in Ratios(cations.Length))
        {
            var sum = (double)counts.Sum();
            var distance = target.Select((e, i) => Math.Abs(e.Value / total - counts[i] / sum)).Sum();
            best.Add((counts, distance + SimplicityCost * sum));
        }
        return best.OrderBy(b => b.Distance).Take(count).Select(b => Oxide(cations, b.Counts, states)).OfType<Composition>().ToArray();
    }

    private static Composition? Oxide(string[] cations, int[] counts, IReadOnlyDictionary<string, int> states)
    {
        var charge = cations.Select((c, i) => counts[i] * states[c]).Sum();
        if (charge <= 0) return null;
        var scale = charge % 2 == 0 ? 1 : 2;
        return Composition.From(cations.Select((c, i) => KeyValuePair.Create(c, (double)counts[i] * scale))
            .Append(KeyValuePair.Create("O", charge * scale / 2.0)));
    }

    private static IEnumerable<int[]> Ratios(int cations)
    {
        var counts = new int[cations];
        return Enumerate(0, 0);

        IEnumerable<int[]> Enumerate(int index, int sum)
        {
            if (index == cations)
            {
                yield return (int[])counts.Clone();
                yield break;
            }
            for (var n = 1; n <= MaxPerCation && sum + n + (cations - index - 1) <= MaxCationsPerFormula; n++)
            {
                counts[index] = n;
                foreach (var ratio in Enumerate(index + 1, sum + n)) yield return ratio;
            }
        }
    }
}
