using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;
using static Synthesis.Models.Tests.Candidates.LiteratureFixtures;

namespace Synthesis.Models.Tests.Candidates;

public sealed class CandidateGenerationTests
{
    [Fact]
    public void PrecursorsImplyTheirCationsOxidationStates()
    {
        var states = ChargeBalancedRatios.OxidationStates(Precursors("Li2CO3", "FePO4", "Ba(NO3)2", "Ni(OH)2", "Y2O3"));
        Assert.Equal(1, states["Li"]);
        Assert.Equal(3, states["Fe"]);
        Assert.Equal(2, states["Ba"]);
        Assert.Equal(2, states["Ni"]);
        Assert.Equal(3, states["Y"]);
        Assert.Equal(5, states["P"]);
    }

    [Fact]
    public void ChargeBalancedOxidesNearTheModelNameBariumTitanate()
    {
        // The shipped model's answer for BaCO3 + TiO2 was Ba3Ti4O11; the nearest charge-balanced ratios include BaTiO3.
        var oxides = ChargeBalancedRatios.Near(Precursors("BaCO3", "TiO2"), Composition.Parse("Ba3Ti4O11"), 3).Select(c => c.ToFormula()).ToArray();
        Assert.Contains("BaTiO3", oxides);
        Assert.All(oxides, f => Assert.True(Composition.Parse(f).Contains("O")));
    }

    [Fact]
    public void AProductWhoseOxygenContentWasReadAsOneIsNeverOffered()
    {
        // "YBa2Cu3Ox" stored as YBa2Cu3O: no compound, so the literature leaves the record out; YBa2Cu3O7 stays.
        var literature = new Literature(
        [
            Record("ox", "10.1/ox", "YBa2Cu3O", "Y2O3", "BaCO3", "CuO"),
            Record("o7", "10.2/o7", "YBa2Cu3O7", "Y2O3", "BaCO3", "CuO"),
            Record("cu2o", "10.3/cu2o", "Cu2O", "CuO"),
        ]);
        Assert.Equal(2, literature.Count);
        Assert.Equal(-1, literature.FindProduct(Composition.Parse("YBa2Cu3O")));
        Assert.True(literature.FindProduct(Composition.Parse("Cu2O")) >= 0);
        var set = new CandidateGenerator(literature, new CandidateOptions()).Generate(Precursors("Y2O3", "BaCO3", "CuO"), Model("YBa2Cu3O6.5"));
        Assert.Contains(set.Candidates, c => c.Formula == "YBa2Cu3O7");
        Assert.DoesNotContain(set.Candidates, c => c.Formula == "YBa2Cu3O");
    }

    [Fact]
    public void ModelFractionsRoundToSimpleFormulasNearThem()
    {
        var roundings = ModelRoundings.Near(Composition.Parse("Na0.245Ni0.25O0.505"), 3).Select(c => c.ToFormula()).ToArray();
        Assert.Equal("NaNiO2", roundings[0]);
        Assert.True(roundings.Length >= 3);
    }

    [Fact]
    public void CandidatesHaveTheModelsElementsOrAtLeastStayWithinTheAlchemyMask()
    {
        var literature = new Literature(
        [
            Record("a", "10.1/a", "BaTiO3", "BaCO3", "TiO2"),
            Record("b", "10.1/b", "BaTi0.9Zr0.1O3", "BaCO3", "TiO2", "ZrO2"),
            Record("c", "10.1/c", "BaTiO3", "BaCO3", "TiO2", "ZrO2"),
            Record("d", "10.1/d", "TiO2", "BaCO3", "TiO2"),
        ]);
        var set = new CandidateGenerator(literature, new CandidateOptions()).Generate(Precursors("BaCO3", "TiO2"), Model("Ba3Ti4O11"));
        Assert.NotEmpty(set.Candidates);
        Assert.All(set.Candidates, c => Assert.Equal(["Ba", "O", "Ti"], c.Fractions.Elements.Order()));

        var masked = new CandidateGenerator(literature, new CandidateOptions { ElementSetOdds = double.PositiveInfinity }).Generate(Precursors("BaCO3", "TiO2"), Model("Ba3Ti4O11"));
        Assert.Contains(masked.Candidates, c => c.Formula == "TiO2");
        Assert.All(masked.Candidates, c => Assert.All(c.Fractions.Elements, e => Assert.Contains(e, new[] { "Ba", "C", "Ti", "O" })));
    }

    [Fact]
    public void LiteratureCandidatesAreWrittenAsTheLiteratureWritesThem()
    {
        var literature = new Literature([Record("a", "10.1/a", "YBa2Cu3O7", "Y2O3", "BaCO3", "CuO"), Record("b", "10.1/b", "V2O8Ba3", "BaCO3", "V2O5")]);
        var generator = new CandidateGenerator(literature, new CandidateOptions { FromModel = false, FromChargeBalance = false });
        Assert.Equal("YBa2Cu3O7", generator.Generate(Precursors("Y2O3", "BaCO3", "CuO"), Model("YBa2Cu3O7")).Candidates[0].Formula);
        Assert.Equal("Ba3V2O8", generator.Generate(Precursors("BaCO3", "V2O5"), Model("Ba3V2O8")).Candidates[0].Formula);
    }

    [Fact]
    public void FeaturesHaveTheScorersLayout()
    {
        var literature = new Literature([Record("a", "10.1/a", "BaTiO3", "BaCO3", "TiO2")]);
        var set = new CandidateGenerator(literature, new CandidateOptions()).Generate(Precursors("BaCO3", "TiO2"), Model("Ba3Ti4O11"));
        Assert.All(set.Candidates, c => Assert.Equal(CandidateFeatures.Candidate.Length, c.Features.Length));
        Assert.All(set.Candidates.SelectMany(c => c.Features), f => Assert.True(double.IsFinite(f)));
        Assert.Equal(CandidateFeatures.Reaction.Length, set.ReactionFeatures.Length);
        var literatureOnly = Assert.Single(set.Candidates, c => c.Formula == "BaTiO3");
        Assert.Equal(1.0, literatureOnly.Features[0], 12);
    }
}
