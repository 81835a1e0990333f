using Synthesis.Data.Reactions;
using Synthesis.Chemistry.Charges;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;
using static Synthesis.Models.Tests.Candidates.LiteratureFixtures;

namespace Synthesis.Models.Tests.Candidates;

public sealed class CandidateGenerationTests
{
    [Fact]
    public void PrecursorsImplyTheirCationsOxidationStates()
    {
        var states = PrecursorOxidationStates.Of(Precursors("Li2CO3", "FePO4", "Ba(NO3)2", "Ni(OH)2", "Y2O3"));
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
    public void AProductWhoseChargesCannotBalanceIsNeverOffered()
    {
        // "La5/8Ca3/8MnO3" mined as La58Ca38MnO3: no choice of states balances it, so the literature leaves it out.
        var literature = new Literature(
        [
            Record("subscripts", "10.1/s", "La58Ca38MnO3", "La2O3", "CaCO3", "MnO2"),
            Record("lcmo", "10.2/l", "La0.625Ca0.375MnO3", "La2O3", "CaCO3", "MnO2"),
        ]);
        Assert.Equal(1, literature.Count);
        Assert.Equal(-1, literature.FindProduct(Composition.Parse("La58Ca38MnO3")));
        var set = new CandidateGenerator(literature, new CandidateOptions()).Generate(Precursors("La2O3", "CaCO3", "MnO2"), Model("La0.6Ca0.4MnO3"));
        Assert.Contains(set.Candidates, c => c.Formula == "La0.625Ca0.375MnO3");
        Assert.DoesNotContain(set.Candidates, c => c.Formula == "La58Ca38MnO3");
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
    public void AReactionStringNamesItsProductsElementsInTheOrderThePaperWroteThem()
    {
        // The stored composition lists PZT's elements as Zr, Ti, Pb, O; the paper wrote Pb(ZrxTi1-x)O3.
        Assert.Equal(["Pb", "Zr", "Ti", "O"], RecordedProduct.ElementsInOrderNamed(" 1 Pb(ZrxTi1-x)O3 + 9.333-5.333*x H2O", ["Zr", "Ti", "Pb", "O"]));
        // "Co" is cobalt when cobalt is among the elements, and carbon then oxygen when it is not.
        Assert.Equal(["Li", "Co", "O"], RecordedProduct.ElementsInOrderNamed(" 1 LiCoO2 + 0.5 CO2", ["O", "Co", "Li"]));
        Assert.Equal(["C", "O"], RecordedProduct.ElementsInOrderNamed(" 1 CO2", ["O", "C"]));
        // A right-hand side that does not name every element gives no order.
        Assert.Null(RecordedProduct.ElementsInOrderNamed(" 1 BaTiO3", ["Ba", "Ti", "Zr", "O"]));
        var stored = LiteratureRecord.From(new Synthesis.Data.Reactions.Reaction
        {
            Id = "pzt", Doi = "10.1/pzt", ReactionString = "1 PbO + 0.48 TiO2 + 0.52 ZrO2 == 1 PbZr0.52Ti0.48O3",
            Target = new() { ["Zr"] = 0.52, ["Ti"] = 0.48, ["Pb"] = 1, ["O"] = 3 },
        });
        Assert.Equal(["Pb", "Zr", "Ti", "O"], stored.WrittenOrder);
        // A flag shows the recorded product in the paper's order; without one, cations by electronegativity, anions last.
        var mined = new Synthesis.Data.Reactions.Reaction
        {
            ReactionString = "4.5 ZnO + 1 Ga2O3 == 0.5 Zn9O12Ga2", TargetFormula = "Zn9O12Ga2",
            Target = new() { ["Zn"] = 9, ["O"] = 12, ["Ga"] = 2 },
        };
        Assert.Equal("Zn9Ga2O12", RecordedProduct.Formula(mined));
        Assert.Equal("PbZr0.52Ti0.48O3", RecordedProduct.Formula(new Synthesis.Data.Reactions.Reaction
        {
            ReactionString = "1 PbO + 0.48 TiO2 + 0.52 ZrO2 == 1 PbZr0.52Ti0.48O3", Target = new() { ["Zr"] = 0.52, ["Ti"] = 0.48, ["Pb"] = 1, ["O"] = 3 },
        }));
    }

    [Fact]
    public void EveryCandidateOfAChemicalSystemIsWrittenAsMostOfItsPapersWriteIt()
    {
        // Stored compositions in the text-mining's order (Zr, Ti, Pb, O), two papers writing Pb first and one not: every
        // PZT candidate, known, analogue-free rounding or charge-balanced, reads "Pb…", and a system the literature does not
        // report keeps the electronegativity order.
        LiteratureRecord Pzt(string id, string product, params string[] order) =>
            Record(id, $"10.1/{id}", product, "PbO", "ZrO2", "TiO2") with { WrittenOrder = order };
        var literature = new Literature(
        [
            Pzt("a", "Zr0.52Ti0.48PbO3", "Pb", "Zr", "Ti", "O"),
            Pzt("b", "Zr0.3Ti0.7PbO3", "Pb", "Zr", "Ti", "O"),
            Pzt("c", "Zr0.65Ti0.35PbO3", "Zr", "Ti", "Pb", "O"),
        ]);
        Assert.Equal(["Pb", "Zr", "Ti", "O"], literature.WrittenOrder(["O", "Ti", "Zr", "Pb"]));
        Assert.Null(literature.WrittenOrder(["Ba", "Ti", "O"]));
        var set = new CandidateGenerator(literature, new CandidateOptions()).Generate(Precursors("PbO", "ZrO2", "TiO2"), Model("Zr0.4Ti0.6PbO3"));
        Assert.Contains(set.Candidates, c => c.Formula == "PbZr0.52Ti0.48O3");
        Assert.Contains(set.Candidates, c => c.Sources.SetEquals([CandidateSources.Model]));
        Assert.All(set.Candidates.Where(c => c.Fractions.Count == 4), c => Assert.StartsWith("Pb", c.Formula));
        Assert.Equal("PbZr0.65Ti0.35O3", literature.Product(literature.FindProduct(Composition.Parse("PbZr0.65Ti0.35O3"))).Formula);
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
