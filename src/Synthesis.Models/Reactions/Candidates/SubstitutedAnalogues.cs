using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// New compounds by analogy: a known product of a neighbouring chemical system with one element swapped for the one the
/// query has instead, at the same stoichiometry. For Sr, Ti, Ru, O the literature's Sr2TiIrO6 offers Sr2TiRuO6, and
/// La0.9Ca0.1MnO3 offers La0.9Sr0.1MnO3 for La, Sr, Mn, O. The <c>count</c> nearest to the model's fractions (L1) are
/// kept; each carries the known products it came from and how alike the swapped elements are.
/// </summary>
/// <remarks>
/// On the paper split's test reactions whose recorded product no other source offered, one of all the analogues was
/// the recorded product for 57 % of them (the 10 nearest the model's fractions: 29 %): isostructural series and the
/// doping levels papers share (x = 0.1, 0.2) carry across chemical systems. Leak rule: a known product that only the
/// query's own paper records is not used.
/// </remarks>
public static class SubstitutedAnalogues
{
    /// <summary>Known products read per element swapped out (most often recorded first): the loop's bound.</summary>
    public const int MaxPerElement = 200;

    /// <summary>Likeness of two elements: exp(−|Δ modified Pettifor position| / 10); 1 for neighbours on the scale.</summary>
    public static double Likeness(string a, string b) =>
        Math.Exp(-Math.Abs(ElementTable.Default.PettiforPosition(a) - ElementTable.Default.PettiforPosition(b)) / 10.0);

    /// <summary>Sources and records per source read by <see cref="RecipeLikeness"/>: its bound.</summary>
    public const int RecipesRead = 3;

    /// <summary>
    /// How alike the query's precursors are to the recipe of a known product the analogue came from, with the swap
    /// undone: SrCO3 + TiO2 + IrO2 → Sr2TiIrO6 read as SrCO3 + TiO2 + RuO2 is the query's own recipe (Jaccard 1).
    /// The best Jaccard over the first <see cref="RecipesRead"/> sources and their first records; excluded records skipped.
    /// </summary>
    public static double RecipeLikeness(Literature literature, string[] queryKeys, IReadOnlyList<(int Product, string Replaced, string By)> swaps, Func<int, bool> excluded)
    {
        var best = 0.0;
        foreach (var (product, replaced, by) in swaps.Take(RecipesRead))
            foreach (var record in literature.RecordsOf(product).Where(r => !excluded(r)).Take(RecipesRead))
            {
                var keys = literature[record].Precursors
                    .Select(p => CompositionKeys.Precursor(p.Contains(by) ? Composition.From(p.Select(e => KeyValuePair.Create(e.Key == by ? replaced : e.Key, e.Value))) : p))
                    .Distinct().ToArray();
                var shared = queryKeys.Count(keys.Contains);
                best = Math.Max(best, shared / (double)(queryKeys.Length + keys.Length - shared));
            }
        return best;
    }

    public static IReadOnlyList<SubstitutedAnalogue> Near(Literature literature, Composition modelFractions, string? excludedDoi, int count)
    {
        var elements = modelFractions.Elements.ToArray();
        if (elements.Length < 2 || count <= 0) return [];
        var found = new Dictionary<string, SubstitutedAnalogue>();
        foreach (var (product, replaced, by) in literature.Analogues(elements, MaxPerElement))
        {
            if (literature.Support(product, excludedDoi) == 0) continue;
            var known = literature.Product(product).AsWritten;
            var substituted = Composition.From(known.Select(e => KeyValuePair.Create(e.Key == by ? replaced : e.Key, e.Value)));
            var key = CompositionKeys.Product(substituted);
            if (!found.TryGetValue(key, out var analogue)) found[key] = analogue = new SubstitutedAnalogue(substituted);
            analogue.From.Add(product);
            analogue.Swaps.Add((product, replaced, by));
            analogue.Likeness = Math.Max(analogue.Likeness, Likeness(replaced, by));
        }
        var mean = modelFractions.Normalised();
        return found.Values.OrderBy(a => CompositionDistance.L1(a.Product, mean)).ThenBy(a => CompositionKeys.Product(a.Product), StringComparer.Ordinal)
            .Take(count).ToArray();
    }
}

/// <summary>A compound by analogy: its composition, the known products it came from, and the best likeness of a swap.</summary>
public sealed class SubstitutedAnalogue(Composition product)
{
    public Composition Product { get; } = product;
    public List<int> From { get; } = [];
    /// <summary>Each known product it came from with the element swapped out of the query and the one swapped in.</summary>
    public List<(int Product, string Replaced, string By)> Swaps { get; } = [];
    public double Likeness { get; set; }
}
