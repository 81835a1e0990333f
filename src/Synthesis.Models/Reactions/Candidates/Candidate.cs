using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>One candidate product before it is scored: its fractions, how to write it, its sources, its features and the records that report it.</summary>
public sealed class Candidate(Composition fractions, Composition asWritten, int knownProduct)
{
    public Composition Fractions { get; } = fractions.Normalised();
    public Composition AsWritten { get; } = asWritten;
    /// <summary>Index of the same product in the literature, or -1.</summary>
    public int KnownProduct { get; } = knownProduct;
    public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);
    public List<(int Record, double Jaccard)> Supporting { get; } = [];
    public double[] Features { get; set; } = [];
    /// <summary>Stored reactions that record it, its query's own paper left out (0 when the literature does not know it); set with its features.</summary>
    public int Recorded { get; set; }
    /// <summary>The known products it is an analogue of, each with the element swapped (<see cref="SubstitutedAnalogues"/>).</summary>
    public List<(int Product, string Replaced, string By)> Swaps { get; } = [];
    public double AnalogueLikeness { get; set; }
    /// <summary>The known product it dopes (<see cref="DopedHosts"/>), or -1.</summary>
    public int DopedHost { get; set; } = -1;
    /// <summary>The dopant's share of its fractions when it is a doped host (0 otherwise).</summary>
    public double DopantShare { get; set; }

    /// <summary>The literature's entry for it when it is a known product (<see cref="KnownProduct"/> ≥ 0): it is written as that entry is.</summary>
    public KnownProduct? Known { get; init; }

    /// <summary>
    /// The element order to write a candidate the literature does not know in (<see cref="Composition.InConventionalOrder"/>):
    /// how the literature writes its chemical system (<see cref="Literature.WrittenOrder"/>), else its source's (an
    /// analogue's or a doped host's), else none (cations by electronegativity).
    /// </summary>
    public IReadOnlyList<string>? WrittenOrder { get; init; }

    /// <summary>The product in conventional order: a known product's own, else in <see cref="WrittenOrder"/>.</summary>
    public Composition Conventional => _conventional ??= Known?.Conventional ?? AsWritten.InConventionalOrder(WrittenOrder);
    private Composition? _conventional;

    /// <summary>A real formula in conventional order, the literature's own for a known product (written once, read by the ranking's ties).</summary>
    public string Formula => _formula ??= Known?.Formula ?? Spelled(Conventional);
    private string? _formula;

    /// <summary>
    /// How a formula is shown: as written, except one a source wrote per many formula units, with fractional amounts
    /// above <see cref="MaxWrittenAmount"/> ("Li66.6Fe66.6P66.6O299.7", "K0.6Na49.7Zr0.6Ti99.4Bi49.7O300"), which is shown
    /// in its readable form (<see cref="Composition.ToReadableFormula"/>: "Li2Fe2P2O9", "K0.01Na0.5Zr0.01TiBi0.5O3.02").
    /// Whole-number formulas are reduced as always ("Ba2Ti2O6" → "BaTiO3").
    /// </summary>
    public static string Spelled(Composition written) =>
        written.Any(e => e.Value > MaxWrittenAmount) && !written.All(e => Composition.IsWholeAmount(e.Value))
            ? written.ToReadableFormula() : written.ToFormula();

    /// <summary>The largest fractional amount a formula is shown with as written.</summary>
    public const double MaxWrittenAmount = 20;
}

/// <summary>The candidates of one reaction with the reaction-level features that price "none of them".</summary>
public sealed record CandidateSet(IReadOnlyList<Candidate> Candidates, double[] ReactionFeatures)
{
    /// <summary>The most similar stored reactions the candidates were read from (null when the literature was not read).</summary>
    public LiteratureTier? Tier { get; init; }
}
