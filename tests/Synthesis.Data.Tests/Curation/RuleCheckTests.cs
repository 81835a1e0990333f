using Synthesis.Data.Curation;
using Synthesis.Data.Curation.Rules;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Tests.Curation;

public class RuleCheckTests
{
    private static Reaction Make(string id, string target, string[] precursors, string doi = "10.1000/a", ActionClass[]? actions = null)
    {
        var composition = Chemistry.Formulas.FormulaParser.Parse(target);
        return new Reaction
        {
            Id = id, Doi = doi, Kept = true, TargetFormula = target, ReactionString = $"{string.Join(" + ", precursors)} == {target}",
            Target = composition.ToDictionary(e => e.Key, e => e.Value),
            Precursors = precursors.Select(p => new Precursor { Formula = p, Composition = Chemistry.Formulas.FormulaParser.Parse(p).ToDictionary(e => e.Key, e => e.Value) }).ToList(),
            Actions = [.. actions ?? [ActionClass.DryMixing, ActionClass.Heating]],
        };
    }

    private static IReadOnlyList<FlagReason> Reasons(IReadOnlyList<Reaction> reactions, string id) =>
        RuleChecks.Check(reactions).GetValueOrDefault(id)?.Select(f => f.Reason).ToList() ?? [];

    [Fact]
    public void A_target_element_in_no_precursor_is_flagged_but_oxygen_carbon_nitrogen_and_hydrogen_are_not()
    {
        var strontium = Make("r1", "La0.7Sr0.3MnO3", ["La2O3", "MnO2", "CaCO3"]);
        var fine = Make("r2", "Li2CO3", ["LiNO3", "LiOH"]);

        var finding = RuleChecks.Check([strontium, fine])["r1"].Single();
        Assert.Equal((FlagReason.ElementNotInPrecursors, "target element Sr in no precursor"), (finding.Reason, finding.Detail));
        Assert.Empty(Reasons([strontium, fine], "r2"));
    }

    [Theory]
    [InlineData("La0.6Ca0.4", true)]
    [InlineData("La0.7Sr0.2MnO3", true)]
    [InlineData("La0.7Sr0.3MnO3", false)]
    [InlineData("LiNi0.8Co0.15Al0.05O2", false)]
    [InlineData("BaTiO2.95", false)]
    [InlineData("Ni0.49Zn0.49Co0.02Fe1.9O4", false)]
    [InlineData("Li1.05Mn2O4", false)]
    [InlineData("La0.35Ca0.65MnO", true)]
    [InlineData("Y1.6Ba2.3Cu3.3O", true)]
    [InlineData("Li2O", false)]
    [InlineData("Cu2O", false)]
    [InlineData("LaMnO3", false)]
    [InlineData("BaTiO3", false)]
    [InlineData("Na3Zr2Si2PO", true)]
    [InlineData("La58Ca38MnO3", true)]
    [InlineData("Ca3SiO4", true)]
    [InlineData("SrFeO3", false)]
    [InlineData("Zn0.98Ga0.02O", false)]
    public void Fragments_cation_fractions_that_fill_no_site_and_unbalanced_charges_are_not_compounds(string target, bool flagged)
    {
        var reaction = Make("r1", target, ["La2O3", "CaCO3", "SrCO3", "MnO2", "Li2CO3", "NiO", "Co3O4", "Al2O3", "BaCO3", "TiO2", "ZnO", "Fe2O3", "Y2O3", "CuO"]);

        Assert.Equal(flagged, Reasons([reaction], "r1").Contains(FlagReason.TargetNotCompound));
    }

    [Fact]
    public void Same_paper_precursors_and_actions_with_other_product_elements_are_inconsistent_but_a_composition_series_is_not()
    {
        var a = Make("r1", "LaMnO3", ["La2O3", "MnO2"]);
        var b = Make("r2", "Mn3O4", ["La2O3", "MnO2"]);
        var series1 = Make("r3", "Li1.1Mn2O4", ["Li2CO3", "MnO2"]);
        var series2 = Make("r4", "Li1.2Mn2O4", ["Li2CO3", "MnO2"]);
        var otherPaper = Make("r5", "Mn3O4", ["La2O3", "MnO2"], doi: "10.1000/b");
        var all = new[] { a, b, series1, series2, otherPaper };

        Assert.Contains("reaction r2 of the same paper", RuleChecks.Check(all)["r1"].Single().Detail);
        Assert.Equal([FlagReason.InconsistentDuplicate], Reasons(all, "r2"));
        Assert.Empty(Reasons(all, "r3"));
        Assert.Empty(Reasons(all, "r5"));
    }

    [Fact]
    public void A_product_that_is_one_of_several_precursors_is_flagged_when_another_precursors_element_would_be_lost()
    {
        var precursorAsProduct = Make("r1", "TiO2", ["BaCO3", "TiO2"]);
        var annealedAlone = Make("r2", "TiO2", ["TiO2"]);
        var volatilePartner = Make("r3", "ZnO", ["ZnO", "CO(NH2)2"]);
        var sameFormulaOtherWay = Make("r4", "Ti2O4", ["TiO2", "BaCO3"], doi: "10.1000/b");
        var realProduct = Make("r5", "BaTiO3", ["BaCO3", "TiO2"], doi: "10.1000/c");
        var all = new[] { precursorAsProduct, annealedAlone, volatilePartner, sameFormulaOtherWay, realProduct };

        var finding = RuleChecks.Check(all)["r1"].Single();
        Assert.Equal((FlagReason.PrecursorAsProduct, "the product is the precursor TiO2; Ba from the other precursors would be lost"), (finding.Reason, finding.Detail));
        Assert.Equal([FlagReason.PrecursorAsProduct], Reasons(all, "r4"));
        Assert.Empty(Reasons(all, "r2"));
        Assert.Empty(Reasons(all, "r3"));
        Assert.Empty(Reasons(all, "r5"));
    }

    [Fact]
    public void A_doi_written_differently_from_the_papers_usual_spelling_is_a_variant()
    {
        var usual = Enumerable.Range(0, 2).Select(i => Make($"u{i}", "BaTiO3", ["BaCO3", "TiO2"], doi: "10.1016/j.ssi.2004.01.001")).ToList();
        var upper = Make("v1", "BaTiO3", ["BaCO3", "TiO2"], doi: "10.1016/J.SSI.2004.01.001");
        var prefixed = Make("v2", "BaTiO3", ["BaCO3", "TiO2"], doi: "https://doi.org/10.1016/j.ssi.2004.01.001");
        var all = usual.Append(upper).Append(prefixed).ToList();

        Assert.Equal([FlagReason.DoiVariant], Reasons(all, "v1"));
        Assert.Equal([FlagReason.DoiVariant], Reasons(all, "v2"));
        Assert.Empty(Reasons(all, "u0"));
        Assert.Contains("'10.1016/j.ssi.2004.01.001' in 2 other reactions", RuleChecks.Check(all)["v2"].Single().Detail);
    }

    [Fact]
    public void The_score_grows_with_confidence_literature_agreement_and_disagreement_and_each_rule()
    {
        ModelSignals Signals(double confidence, double l1, double agreement) =>
            new() { TopProbability = confidence, L1Error = l1, NeighbourAgreement = agreement, NeighboursConsidered = 10 };

        var baseline = FlagScore.Of(Signals(0.6, 0.3, 0.5), []);
        Assert.True(FlagScore.Of(Signals(0.9, 0.3, 0.5), []) > baseline);
        Assert.True(FlagScore.Of(Signals(0.6, 0.6, 0.5), []) > baseline);
        Assert.True(FlagScore.Of(Signals(0.6, 0.3, 0.9), []) > baseline);
        Assert.True(FlagScore.Of(Signals(0.6, 0.3, 0.5), [new RuleFinding { Reason = FlagReason.DoiVariant }]) > baseline);
        Assert.Equal(0, FlagScore.Of(Signals(0.99, 0, 1), []));
        Assert.Equal(0.6, FlagScore.Of(null, [new RuleFinding { Reason = FlagReason.ElementNotInPrecursors }]), 6);
    }
}
