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
    /// <summary>The known products it is an analogue of, each with the element swapped (<see cref="SubstitutedAnalogues"/>).</summary>
    public List<(int Product, string Replaced, string By)> Swaps { get; } = [];
    public double AnalogueLikeness { get; set; }

    /// <summary>The product in conventional order, in the literature's order where the literature reports it.</summary>
    public Composition Conventional => _conventional ??= AsWritten.InConventionalOrder(KnownProduct >= 0 ? AsWritten.Elements.ToArray() : null);
    private Composition? _conventional;

    /// <summary>A real formula in conventional order, in the literature's spelling where the literature reports it (written once, read by the ranking's ties).</summary>
    public string Formula => _formula ??= Conventional.ToFormula();
    private string? _formula;
}

/// <summary>The candidates of one reaction with the reaction-level features that price "none of them".</summary>
public sealed record CandidateSet(IReadOnlyList<Candidate> Candidates, double[] ReactionFeatures);
