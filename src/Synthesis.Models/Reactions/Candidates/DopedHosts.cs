using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Doped compounds: a known product of the model's elements but one (the host), with that element (the dopant) on the
/// site of the host's most alike cation (modified Pettifor scale) at a low and a moderate level. For Ba, Ti, Zr, O the
/// literature's BaTiO3 offers BaTi0.95Zr0.05O3 and BaTi0.8Zr0.2O3. Per dopant the hosts that similar stored reactions
/// record come first (the recipe without its dopant), then the most often recorded; the first host of every dopant comes
/// out before the second of any, the element the model has least of first.
/// </summary>
/// <remarks>
/// On the paper split's test reactions, 5.5 % record a known product or an analogue of one with a minor element (≤ 5
/// atom %) added, and no other source offered them (bench/candidate-variants.sh misses). The level cannot come from the
/// model — its fractions put a dopant at 5–15 atom % where papers record 0.5–2 — nor from the precursors, whose amounts
/// are never read: the two <see cref="Levels"/> are within L1 0.05 of every level up to ~6 atom % on an exact host.
/// The dopant's amount is written to two decimals per formula unit of the host. Leak rule: a host that only the query's
/// own paper records is not used.
/// </remarks>
public static class DopedHosts
{
    /// <summary>Hosts read per dopant: the loop's bound.</summary>
    public const int HostsPerDopant = 3;

    /// <summary>The dopant's share of the doped compound's atoms, at each level offered.</summary>
    public static readonly double[] Levels = [0.01, 0.04];

    /// <param name="modelFractions">the model's fractions, at any scale: only which elements they hold and their order are read</param>
    /// <param name="hostJaccard">the best precursor-set Jaccard of a similar stored reaction recording each known product</param>
    /// <param name="count">doped compounds kept at most</param>
    public static IReadOnlyList<DopedHost> Near(Literature literature, Composition modelFractions, IReadOnlyDictionary<int, double> hostJaccard,
        string? excludedDoi, int count)
    {
        var elements = modelFractions.Elements.ToArray();
        if (elements.Length < 3 || count <= 0) return [];
        var hosts = new List<(int Rank, double Share, int Host, string Dopant)>();
        foreach (var dopant in elements)
        {
            if (dopant == "O") continue;
            // Most similar recipe first, then most often recorded (the order ProductsWithElements keeps): a stable sort.
            var ranked = literature.ProductsWithElements(elements.Where(e => e != dopant))
                .Where(h => literature.Support(h, excludedDoi) > 0)
                .OrderByDescending(h => hostJaccard.GetValueOrDefault(h))
                .Take(HostsPerDopant);
            hosts.AddRange(ranked.Select((host, rank) => (rank, modelFractions[dopant], host, dopant)));
        }
        var kept = new List<DopedHost>();
        // Every dopant's first host before any second; among them the element the model has least of first (a stable sort).
        foreach (var (_, _, host, dopant) in hosts.OrderBy(h => h.Rank).ThenBy(h => h.Share))
        {
            var written = literature.Product(host).AsWritten;
            var site = written.Elements.Where(e => e != "O")
                .OrderBy(e => Math.Abs(ElementTable.Default.PettiforPosition(e) - ElementTable.Default.PettiforPosition(dopant)))
                .ThenBy(e => e, StringComparer.Ordinal).FirstOrDefault();
            if (site is null) continue;
            foreach (var level in Levels)
            {
                // The dopant's amount per host formula unit of T atoms: amount / T = level.
                var amount = Math.Max(0.01, Math.Round(level * written.Total, 2));
                if (amount >= written[site]) continue;
                // Written in the host's order with the dopant after its site: BaTi0.95Zr0.05O3.
                var doped = Composition.From(written.SelectMany(e => e.Key == site
                    ? [KeyValuePair.Create(site, e.Value - amount), KeyValuePair.Create(dopant, amount)]
                    : new[] { e }));
                var key = CompositionKeys.Product(doped);
                if (kept.Any(k => k.Key == key)) continue;
                kept.Add(new DopedHost(doped, key, host, dopant, site));
                if (kept.Count == count) return kept;
            }
        }
        return kept;
    }
}

/// <summary>A doped compound: its composition as written, its product key, the known product it dopes, the dopant and the host element whose site it takes.</summary>
public sealed record DopedHost(Composition Product, string Key, int Host, string Dopant, string Site);
