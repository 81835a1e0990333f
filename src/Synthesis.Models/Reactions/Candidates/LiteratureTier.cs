using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// The stored reactions with the most similar precursor set to a query's (the highest Jaccard over precursor formulas;
/// the literature lookup's answer), the query's own reaction and paper left out by whoever found them: what the
/// literature says these precursors make.
/// </summary>
public sealed class LiteratureTier
{
    private readonly Literature _literature;

    /// <param name="similar">the most similar stored reactions, most similar first (<see cref="Literature.MostSimilar"/>)</param>
    public LiteratureTier(Literature literature, IReadOnlyList<(int Record, double Jaccard)> similar)
    {
        _literature = literature;
        Jaccard = similar.Count > 0 ? similar[0].Jaccard : 0;
        Records = similar.Where(s => s.Jaccard == Jaccard).Select(s => s.Record).ToArray();
    }

    /// <summary>The tier's precursor-set Jaccard (0 when no stored reaction shares a precursor).</summary>
    public double Jaccard { get; }

    /// <summary>Its reactions, as the literature numbers them; empty when there is none.</summary>
    public int[] Records { get; }

    /// <summary>The average of the tier's recorded products (each normalised), or null for an empty tier.</summary>
    public Composition? Average()
    {
        if (Records.Length == 0) return null;
        var sum = new CompositionBuilder();
        foreach (var record in Records) sum.Add(_literature[record].Product.Normalised());
        return sum.Build().Normalised();
    }

    /// <summary>The share of the tier recording its most often recorded product: 1 when the literature is unanimous, 0 for an empty tier.</summary>
    public double Agreement => Records.Length == 0 ? 0 : Records.GroupBy(_literature.ProductOf).Max(g => g.Count()) / (double)Records.Length;
}
