using System.Text.Json.Nodes;
using Synthesis.Data.Reactions;
using static Synthesis.Data.Tests.SyntheticRecords;

namespace Synthesis.Data.Tests;

/// <summary>
/// A target whose oxygen amount the text-mining lost (InGaZnO, Pr0.6Sr0.4MnO, SrFeO(3-δ)) is mined as one oxygen, fewer
/// than its cations need; cleaning revision 2 balances it as it does a variable oxygen, and leaves a single oxygen alone
/// where it may be right.
/// </summary>
public class LostOxygenTests
{
    private static JsonObject Compound(string formula, params (string, string)[] amounts) => Material(formula, Elements(amounts));

    private static JsonObject ZincOxide => Compound("ZnO", ("Zn", "1"), ("O", "1"));

    /// <summary>A reaction of <paramref name="target"/> from <paramref name="precursors"/>, one of each in the equation.</summary>
    private static Reaction Made(JsonObject target, params JsonObject[] precursors) =>
        Resolve(Reaction("10.1/lost", target, precursors, [.. precursors.Select(p => ((string)p["material_formula"]!, "1"))]));

    [Fact]
    public void An_oxygen_mined_as_one_that_the_cations_cannot_hold_is_balanced()
    {
        var reaction = Made(Compound("InGaZnO", ("In", "1"), ("Ga", "1"), ("Zn", "1"), ("O", "1")),
            Compound("In2O3", ("In", "2"), ("O", "3")), Compound("Ga2O3", ("Ga", "2"), ("O", "3")), ZincOxide);

        Assert.True(reaction.Kept, reaction.DropDetail);
        Assert.Equal(4.0, reaction.Target["O"], 9); // In³⁺ + Ga³⁺ + Zn²⁺ = 8 → O4
        Assert.Equal("InGaZnO4", reaction.TargetFormula);
        Assert.Equal(1.0, reaction.RecordedTarget!["O"], 9);
        Assert.Contains(reaction.Warnings, w => w.StartsWith("the target's oxygen is mined as 1, fewer than its other elements' charges need: set to 4 by charge balance"));
    }

    [Fact]
    public void A_formula_that_names_only_its_elements_is_balanced_from_two_oxygens()
    {
        var reaction = Made(Compound("ZnMgO", ("Zn", "1"), ("Mg", "1"), ("O", "1")), ZincOxide, Compound("MgO", ("Mg", "1"), ("O", "1")));

        Assert.Equal("ZnMgO2", reaction.TargetFormula); // the atom fractions of Zn0.5Mg0.5O
    }

    [Theory]
    [InlineData("Li0.5Ni0.5O")] // the precursors' states need 0.75 oxygens
    [InlineData("Cu1.97Mn0.03O")] // they need 2.03 (Cu²⁺ from CuO), but the amounts are written and the copper was reduced: a Cu2O
    [InlineData("InGaZnO1")] // a one written after the O: as the paper wrote it
    public void A_single_oxygen_the_cations_may_hold_is_left_alone(string formula)
    {
        var reaction = formula switch
        {
            "Li0.5Ni0.5O" => Made(Compound(formula, ("Li", "0.5"), ("Ni", "0.5"), ("O", "1")),
                Compound("Li2CO3", ("Li", "2"), ("C", "1"), ("O", "3")), Compound("NiO", ("Ni", "1"), ("O", "1"))),
            "Cu1.97Mn0.03O" => Made(Compound(formula, ("Cu", "1.97"), ("Mn", "0.03"), ("O", "1")),
                Compound("CuO", ("Cu", "1"), ("O", "1")), Compound("MnO2", ("Mn", "1"), ("O", "2"))),
            _ => Made(Compound(formula, ("In", "1"), ("Ga", "1"), ("Zn", "1"), ("O", "1")),
                Compound("In2O3", ("In", "2"), ("O", "3")), Compound("Ga2O3", ("Ga", "2"), ("O", "3")), ZincOxide),
        };

        Assert.Equal(1.0, reaction.Target["O"], 9);
        Assert.Null(reaction.RecordedTarget);
        Assert.DoesNotContain(reaction.Warnings, w => w.Contains("oxygen"));
    }

    [Fact]
    public void A_single_oxygen_beside_another_anion_is_left_alone()
    {
        // BaZnSO (S²⁻ beside O²⁻), and LaCoOP, whose phosphorus comes without oxygen and so is a phosphide.
        var oxysulfide = Made(Compound("BaZnSO", ("Ba", "1"), ("Zn", "1"), ("S", "1"), ("O", "1")),
            Compound("BaCO3", ("Ba", "1"), ("C", "1"), ("O", "3")), Compound("ZnS", ("Zn", "1"), ("S", "1")));
        var oxyphosphide = Made(Compound("LaCoOP", ("La", "1"), ("Co", "1"), ("O", "1"), ("P", "1")),
            Compound("La2O3", ("La", "2"), ("O", "3")), Compound("CoP", ("Co", "1"), ("P", "1")), Compound("CoO", ("Co", "1"), ("O", "1")));

        Assert.Equal((1.0, 1.0), (oxysulfide.Target["O"], oxyphosphide.Target["O"]));
        Assert.Null(oxysulfide.RecordedTarget);
        Assert.Null(oxyphosphide.RecordedTarget);
    }

    [Fact]
    public void A_phosphorus_brought_with_oxygen_is_a_phosphate()
    {
        var reaction = Made(Compound("AlPO", ("Al", "1"), ("P", "1"), ("O", "1")),
            Compound("Al2O3", ("Al", "2"), ("O", "3")), Compound("NH4H2PO4", ("N", "1"), ("H", "6"), ("P", "1"), ("O", "4")));

        Assert.Equal("AlPO4", reaction.TargetFormula);
    }

    [Fact]
    public void The_oxygen_other_papers_report_for_the_same_cations_is_preferred()
    {
        var manganite = (string formula, string oxygen, string doi) => Reaction(doi,
            Compound(formula, ("Pr", "0.6"), ("Sr", "0.4"), ("Mn", "1"), ("O", oxygen)),
            [Compound("Pr2O3", ("Pr", "2"), ("O", "3")), Compound("SrCO3", ("Sr", "1"), ("C", "1"), ("O", "3")), Compound("MnO2", ("Mn", "1"), ("O", "2"))],
            [("Pr2O3", "0.3"), ("SrCO3", "0.4"), ("MnO2", "1")]);
        using var db = new TempDatabase();
        db.Import(db.Write("a.json", manganite("Pr0.6Sr0.4MnO", "1", "10.1/lost"), manganite("Pr0.6Sr0.4MnO3", "3", "10.1/reported")));

        var lost = db.Repository.Kept().Single(r => r.Doi == "10.1/lost");
        Assert.Equal("Pr0.6Sr0.4MnO3", lost.TargetFormula); // the charge balance would say 3.3 (Pr³⁺, Sr²⁺, Mn⁴⁺)
        Assert.Single(lost.Warnings, w => w.Contains("oxygen"));
        Assert.Contains(lost.Warnings, w => w.StartsWith("the target's oxygen is mined as 1, fewer than its other elements' charges need: set to 3, as 1 reaction(s)"));
    }
}
