using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// The model's mean fractions rounded to simple formulas: for N = 2 … <see cref="MaxAtoms"/> atoms per formula unit,
/// each element's share of N rounded to a whole number (at least 1), kept when new; the <paramref name="count"/>
/// nearest to the fractions (L1, with 0.004 per atom to prefer the simpler of two near-equals), plus the doped-site
/// reading ("La0.6Sr0.4MnO3") when the fractions have one.
/// </summary>
public static class ModelRoundings
{
    public const int MaxAtoms = 30;

    public static IReadOnlyList<Composition> Near(Composition fractions, int count)
    {
        var normalised = fractions.Normalised();
        var seen = new HashSet<string>();
        var roundings = new List<(Composition Formula, double Cost)>();
        for (var atoms = 2; atoms <= MaxAtoms; atoms++)
        {
            var rounded = Composition.From(normalised.Select(e => KeyValuePair.Create(e.Key, Math.Max(1.0, Math.Round(e.Value * atoms)))));
            if (seen.Add(CompositionKeys.Product(rounded)))
                roundings.Add((rounded, CompositionDistance.L1(rounded, normalised) + 0.004 * rounded.Total));
        }
        var nearest = roundings.OrderBy(r => r.Cost).Take(count).Select(r => r.Formula).ToList();
        if (FormulaParser.TryParse(normalised.ToReadableFormula(), out var site, out _) && seen.Add(CompositionKeys.Product(site!))) nearest.Add(site!);
        return nearest;
    }
}
