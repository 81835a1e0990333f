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
    /// With <paramref name="renamedQuery"/> the query is renamed instead of each record where that gives the same Jaccard
    /// (<see cref="RenamedRecipe"/>); without it every record is renamed.
    /// </summary>
    public static double RecipeLikeness(Literature literature, string[] queryKeys, IReadOnlyList<(int Product, string Replaced, string By)> swaps,
        Func<int, bool> excluded, RenamedRecipe? renamedQuery = null)
    {
        var best = 0.0;
        for (var s = 0; s < Math.Min(RecipesRead, swaps.Count); s++)
        {
            var (product, replaced, by) = swaps[s];
            var renamed = renamedQuery?.Of(replaced, by);
            var read = 0;
            foreach (var record in literature.RecordsOf(product))
            {
                if (read == RecipesRead) break;
                if (excluded(record)) continue;
                read++;
                // The query renamed against the record's own recipe where that is the same comparison, else the query
                // against the record's recipe renamed back.
                var queryRenamed = renamed is not null && !literature[record].Precursors.Any(p => p.Contains(replaced));
                ReadOnlySpan<string> query = queryRenamed ? renamed : queryKeys;
                var recipe = queryRenamed ? literature.PrecursorKeys(record) : literature.PrecursorKeysSwapped(record, by, replaced);
                var shared = 0;
                foreach (var key in query)
                    if (recipe.IndexOf(key) >= 0) shared++;
                best = Math.Max(best, shared / (double)(queryKeys.Length + recipe.Length - shared));
            }
        }
        return best;
    }

    public static IReadOnlyList<SubstitutedAnalogue> Near(Literature literature, Composition modelFractions, string? excludedDoi, int count)
    {
        var elements = modelFractions.Elements.ToArray();
        if (elements.Length < 2 || count <= 0) return [];
        // Every swap's distance to the model first (from the known product's fractions, no new composition), then the
        // keys of the nearest alone (from the same fractions renamed), until `count` distinct analogues and every source
        // of each are in; a composition is written only for each analogue that comes out.
        var mean = modelFractions.Normalised();
        var all = literature.Analogues(elements, MaxPerElement);
        var (distances, indices) = (new List<double>(all.Count), new List<int>(all.Count));
        for (var i = 0; i < all.Count; i++)
            if (literature.Support(all[i].Product, excludedDoi) > 0)
            {
                distances.Add(SwappedL1(literature.Product(all[i].Product).Shares, all[i].By, all[i].Replaced, mean));
                indices.Add(i);
            }
        // Nearest first; the order among equal distances does not change which analogues come out (all of them are read).
        var (sortedDistances, sortedIndices) = (distances.ToArray(), indices.ToArray());
        Array.Sort(sortedDistances, sortedIndices);
        var nearest = new Dictionary<string, double>();
        var farthestKept = 0.0;
        var taken = new List<(int Order, (int Product, string Replaced, string By) Swap, string Key)>();
        for (var k = 0; k < sortedIndices.Length; k++)
        {
            var (swap, distance) = (all[sortedIndices[k]], sortedDistances[k]);
            if (nearest.Count >= count && distance > farthestKept + KeyResolution) break;
            var key = CompositionKeys.Product(literature.Product(swap.Product), swap.By, swap.Replaced);
            if (nearest.TryAdd(key, distance)) farthestKept = Math.Max(farthestKept, distance);
            taken.Add((sortedIndices[k], swap, key));
        }
        // Each analogue written as its first source in the literature's order (by element swapped out, then most often
        // recorded first) gives it, with its sources in that order.
        var found = new Dictionary<string, SubstitutedAnalogue>();
        foreach (var (_, swap, key) in taken.OrderBy(t => t.Order))
        {
            if (!found.TryGetValue(key, out var analogue))
                found[key] = analogue = new SubstitutedAnalogue(literature.Product(swap.Product).AsWritten.Renamed(swap.By, swap.Replaced), key);
            analogue.Swaps.Add(swap);
            analogue.Likeness = Math.Max(analogue.Likeness, Likeness(swap.Replaced, swap.By));
        }
        return found.Values.Select(a => (Analogue: a, Distance: CompositionDistance.L1(a.Product, mean)))
            .OrderBy(a => a.Distance).ThenBy(a => a.Analogue.Key, StringComparer.Ordinal).Take(count).Select(a => a.Analogue).ToArray();
    }

    /// <summary>Fractions that share a key (3 decimals) are at most this far apart in L1 for the elements of a product.</summary>
    private const double KeyResolution = 0.01;

    /// <summary>
    /// L1 between a known product's fractions with one element renamed and the model's. The renamed product has exactly the
    /// model's elements (<see cref="Literature.Analogues"/>: the query's elements with <paramref name="to"/> swapped for
    /// <paramref name="from"/>), so the sum runs over the product's elements alone.
    /// </summary>
    private static double SwappedL1((string Element, double Share)[] known, string from, string to, Composition mean)
    {
        var distance = 0.0;
        foreach (var (element, share) in known) distance += Math.Abs(share - mean[element == from ? to : element]);
        return distance;
    }
}

/// <summary>A compound by analogy: its composition, the known products it came from, and the best likeness of a swap.</summary>
public sealed class SubstitutedAnalogue(Composition product, string key)
{
    public Composition Product { get; } = product;
    /// <summary>Its <see cref="CompositionKeys.Product"/> key.</summary>
    public string Key { get; } = key;
    /// <summary>Each known product it came from with the element swapped out of the query and the one swapped in.</summary>
    public List<(int Product, string Replaced, string By)> Swaps { get; } = [];
    /// <summary>The known products it came from, in the order of <see cref="Swaps"/>.</summary>
    public IEnumerable<int> From => Swaps.Select(s => s.Product);
    public double Likeness { get; set; }
}
