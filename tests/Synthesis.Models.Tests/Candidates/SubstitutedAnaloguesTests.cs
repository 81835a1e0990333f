using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;
using static Synthesis.Models.Tests.Candidates.LiteratureFixtures;

namespace Synthesis.Models.Tests.Candidates;

public sealed class SubstitutedAnaloguesTests
{
    private static readonly Literature Literature = new(
    [
        Record("ir", "10.1/ir", "Sr2TiIrO6", "SrCO3", "TiO2", "IrO2"),
        Record("ir2", "10.1/ir2", "Sr2TiIrO6", "SrCO3", "TiO2", "IrO2"),
        Record("ca", "10.2/ca", "La0.9Ca0.1MnO3", "La2O3", "CaCO3", "MnO2"),
        Record("own", "10.3/own", "Sr2TiOsO6", "SrCO3", "TiO2", "OsO2"),
        Record("far", "10.4/far", "BaTiO3", "BaCO3", "TiO2"),
    ]);

    [Fact]
    public void AKnownProductOfANeighbouringSystemWithOneElementSwappedIsOffered()
    {
        var analogues = SubstitutedAnalogues.Near(Literature, Composition.Parse("Sr2TiRuO6"), null, 10);
        var ruthenate = Assert.Single(analogues, a => a.Product.Normalised().Equals(Composition.Parse("Sr2TiRuO6").Normalised()));
        Assert.Contains(Literature.FindProduct(Composition.Parse("Sr2TiIrO6")), ruthenate.From);
        Assert.InRange(ruthenate.Likeness, 0.0, 1.0);

        // The doping level carries across: La0.9Ca0.1MnO3 offers La0.9Sr0.1MnO3 for La, Sr, Mn, O.
        var manganite = SubstitutedAnalogues.Near(Literature, Composition.Parse("La0.8Sr0.2MnO3"), null, 10);
        Assert.Contains(manganite, a => a.Product.Normalised().Equals(Composition.Parse("La0.9Sr0.1MnO3").Normalised()));
    }

    [Fact]
    public void AnalogueOfAProductOnlyTheOwnPaperRecordsIsNotOffered()
    {
        // Sr2TiOsO6 is recorded by paper 10.3/own alone: for a reaction of that paper it must not become Sr2TiRuO6's source.
        var open = SubstitutedAnalogues.Near(Literature, Composition.Parse("Sr2TiRuO6"), null, 10).Single(a => a.Product.Contains("Ru"));
        var own = Literature.FindProduct(Composition.Parse("Sr2TiOsO6"));
        Assert.Contains(own, open.From);
        var excluded = SubstitutedAnalogues.Near(Literature, Composition.Parse("Sr2TiRuO6"), "10.3/own", 10).Single(a => a.Product.Contains("Ru"));
        Assert.DoesNotContain(own, excluded.From);
    }

    [Fact]
    public void TheGeneratorNamesTheAnalogueItsSourcesAndTheRecipeWithTheSwapUndone()
    {
        var generator = new CandidateGenerator(Literature, new CandidateOptions { FromModel = false, FromChargeBalance = false });
        var set = generator.Generate(Precursors("SrCO3", "TiO2", "RuO2"), Model("Sr2TiRuO6"));
        var ruthenate = Assert.Single(set.Candidates, c => c.Formula == "Sr2TiRuO6");
        Assert.Contains(CandidateSources.Analogue, ruthenate.Sources);
        Assert.Equal(1.0, ruthenate.Features[Array.IndexOf(CandidateFeatures.Candidate, "analogue.recipe_likeness")], 1e-9);
        Assert.Equal(1.0, ruthenate.Features[Array.IndexOf(CandidateFeatures.Candidate, "source.analogue")]);
    }

    [Theory]
    [InlineData("SrCO3 TiO2 RuO2", "Ru", "Ir", "Sr2TiIrO6")]          // the query renamed is the source's recipe
    [InlineData("SrCO3 TiO2 RuO2 IrO2", "Ru", "Ir", "Sr2TiIrO6")]     // a query precursor already holds the element renamed to
    [InlineData("SrRuO3 TiO2", "Ru", "Ir", "Sr2TiIrO6")]              // a precursor of the query holding two cations
    [InlineData("La2O3 SrCO3 MnO2", "Sr", "Ca", "La0.9Ca0.1MnO3")]
    [InlineData("La2O3 CaCO3 SrCO3 MnO2", "Sr", "Ca", "La0.9Ca0.1MnO3")]   // the query holds both elements
    [InlineData("SrCO3 TiO2 OsO2", "Os", "Ir", "Sr2TiIrO6")]
    [InlineData("Sr(NO3)2 TiO2 RuO2 Sr(NO3)2", "Ru", "Ir", "Sr2TiIrO6")]
    public void RenamingTheQueryOnceGivesTheLikenessOfRenamingEveryRecord(string query, string replaced, string by, string source)
    {
        var literature = new Literature(
        [
            Record("ir", "10.1/ir", "Sr2TiIrO6", "SrCO3", "TiO2", "IrO2"),
            Record("ir-mixed", "10.5/ir", "Sr2TiIrO6", "SrCO3", "TiO2", "IrO2", "RuO2"),   // a recipe holding the element renamed from
            Record("ir-both", "10.6/ir", "Sr2TiIrO6", "SrIrRuO5", "TiO2"),                 // a precursor holding both
            Record("ca", "10.2/ca", "La0.9Ca0.1MnO3", "La2O3", "CaCO3", "MnO2"),
            Record("ca-sr", "10.7/ca", "La0.9Ca0.1MnO3", "La2O3", "CaCO3", "SrCO3", "MnO2"),
        ]);
        var precursors = Precursors(query.Split(' '));
        var keys = Literature.Keys(precursors);
        (int, string, string)[] swap = [(literature.FindProduct(Composition.Parse(source)), replaced, by)];
        // Every record of the source in turn (RecipesRead records a source at most): one excluded at a time.
        for (var skip = -1; skip < 5; skip++)
        {
            var excluded = (Func<int, bool>)(r => r == skip);
            var everyRecord = SubstitutedAnalogues.RecipeLikeness(literature, keys, swap, excluded);
            var queryOnce = SubstitutedAnalogues.RecipeLikeness(literature, keys, swap, excluded, new RenamedRecipe(precursors));
            Assert.Equal(everyRecord, queryOnce);
        }
    }

    [Fact]
    public void APrototypeIsTheStoichiometryWithTheElementsAnonymised()
    {
        Assert.Equal(CompositionKeys.Prototype(Composition.Parse("BaTiO3")), CompositionKeys.Prototype(Composition.Parse("SrZrO3")));
        Assert.NotEqual(CompositionKeys.Prototype(Composition.Parse("BaTiO3")), CompositionKeys.Prototype(Composition.Parse("Ba2TiO4")));
        // Three records have the A2BCO6 prototype; one of them is paper 10.3/own's.
        Assert.Equal(3, Literature.PrototypeSupport(Composition.Parse("Ba2MgWO6"), null));
        Assert.Equal(2, Literature.PrototypeSupport(Composition.Parse("Ba2MgWO6"), "10.3/own"));
    }
}
