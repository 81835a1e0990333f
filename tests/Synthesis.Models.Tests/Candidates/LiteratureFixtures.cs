using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;

namespace Synthesis.Models.Tests.Candidates;

/// <summary>Small hand-made literatures and model answers for the candidate tests.</summary>
internal static class LiteratureFixtures
{
    public static LiteratureRecord Record(string id, string doi, string product, params string[] precursors) =>
        new(id, doi, $"{string.Join(" + ", precursors)} == {product}", precursors.Select(Composition.Parse).ToArray(), Composition.Parse(product), [1000], [12]);

    /// <summary>A model answer: the given fractions, std 0.01 each, every listed element present with probability 0.99.</summary>
    public static ModelView Model(string fractions) =>
        new(Composition.Parse(fractions), Composition.Parse(fractions).Elements.ToDictionary(e => e, _ => 0.01),
            Composition.Parse(fractions).Elements.ToDictionary(e => e, _ => 0.99), 0.02);

    public static Composition[] Precursors(params string[] formulas) => formulas.Select(Composition.Parse).ToArray();
}
