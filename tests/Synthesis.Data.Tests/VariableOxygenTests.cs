using System.Text.Json.Nodes;
using Synthesis.Data.Cleaning;
using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;
using static Synthesis.Data.Tests.SyntheticRecords;

namespace Synthesis.Data.Tests;

/// <summary>A target whose oxygen the paper wrote as a variable (YBa2Cu3Oy) is mined as one oxygen; cleaning balances it.</summary>
public class VariableOxygenTests
{
    private static JsonObject Oxide(string formula, params (string, string)[] amounts) => Material(formula, Elements(amounts));

    private static JsonObject Ybco(string formula = "YBa2Cu3Oy", string oxygen = "1 - del_O", string barium = "BaCO3", string doi = "10.1/ybco") =>
        Reaction(doi, Material(formula, Elements(("Y", "1"), ("Ba", "2"), ("Cu", "3"), ("O", oxygen))),
            [Oxide("Y2O3", ("Y", "2"), ("O", "3")), barium == "BaCO3" ? Oxide("BaCO3", ("Ba", "1"), ("C", "1"), ("O", "3")) : Oxide("BaO2", ("Ba", "1"), ("O", "2")),
             Oxide("CuO", ("Cu", "1"), ("O", "1"))],
            [("Y2O3", "0.5"), (barium, "2"), ("CuO", "3")]);

    [Fact]
    public void AVariableOxygenIsBalancedWithThePrecursorsCharges()
    {
        var reaction = Resolve(Ybco());
        Assert.True(reaction.Kept, reaction.DropDetail);
        Assert.Equal(6.5, reaction.Target["O"], 9); // Y³⁺ + 2 Ba²⁺ + 3 Cu²⁺ = 13 → O 6.5
        Assert.Equal(1.0, reaction.RecordedTarget!["O"], 9);
        Assert.Equal("YBa2Cu3O6.5", reaction.TargetFormula);
        Assert.Contains(reaction.Warnings, w => w.Contains("set to 6.5 by charge balance"));
    }

    [Fact]
    public void AnElementWithOneCommonStateTakesItWhenItsPrecursorIsAPeroxide()
    {
        var reaction = Resolve(Ybco(barium: "BaO2")); // BaO2 would make Ba⁴⁺: Ba takes its one common state, 2+
        Assert.Equal(6.5, reaction.Target["O"], 9);
    }

    [Fact]
    public void AMixedValencePrecursorGivesItsAverageState()
    {
        var record = Reaction("10.1/co", Material("Bi2Sr2Co2Oy", Elements(("Bi", "2"), ("Sr", "2"), ("Co", "2"), ("O", "1-del_O"))),
            [Oxide("Bi2O3", ("Bi", "2"), ("O", "3")), Oxide("SrCO3", ("Sr", "1"), ("C", "1"), ("O", "3")), Oxide("Co3O4", ("Co", "3"), ("O", "4"))],
            [("Bi2O3", "1"), ("SrCO3", "2"), ("Co3O4", "0.667")]);
        Assert.Equal((6 + 4 + 2 * 8.0 / 3) / 2, Resolve(record).Target["O"], 4); // stored to 4 decimals
    }

    [Fact]
    public void AWrittenOneAndANumberedDeficiencyAreLeftAlone()
    {
        Assert.Equal(1.0, Resolve(Ybco(formula: "YBa2Cu3O1+δ")).Target["O"], 9);
        var sevenMinusDelta = Resolve(Ybco(formula: "YBa2Cu3O7-δ", oxygen: "7 - del_O"));
        Assert.Equal(7.0, sevenMinusDelta.Target["O"], 9);
        Assert.Null(sevenMinusDelta.RecordedTarget);
        Assert.DoesNotContain(sevenMinusDelta.Warnings, w => w.Contains("oxygen"));
    }

    [Fact]
    public void AnUnbalanceableTargetKeepsItsRecordedOxygenWithAWarning()
    {
        var record = Reaction("10.1/cu", Material("CuMnOy", Elements(("Cu", "1"), ("Mn", "1"), ("O", "1 - del_O"))),
            [Oxide("CuO", ("Cu", "1"), ("O", "1")), Material("Mn", Elements(("Mn", "1")))], [("CuO", "1"), ("Mn", "1")]);
        var reaction = Resolve(record); // metallic Mn gives no state, and Mn has several
        Assert.Equal(1.0, reaction.Target["O"], 9);
        Assert.Contains(reaction.Warnings, w => w.Contains("its real amount is unknown"));
    }

    [Fact]
    public void TheOxygenOtherPapersReportForTheSameCationsIsPreferredToTheChargeBalance()
    {
        using var db = new TempDatabase();
        db.Import(db.Write("a.json", Ybco(doi: "10.1/y1"), Ybco(formula: "YBa2Cu3O7-δ", oxygen: "7 - del_O", doi: "10.1/y2"),
            Ybco(formula: "YBa2Cu3O7-δ", oxygen: "7 - del_O", doi: "10.1/y3"), Ybco(formula: "YBa2Cu3O6", oxygen: "6", doi: "10.1/y4")));
        var variable = db.Repository.Kept().Single(r => r.Doi == "10.1/y1");
        Assert.Equal(7.0, variable.Target["O"], 9); // two papers report O7, one O6; the charge balance would say 6.5
        Assert.Equal("YBa2Cu3O7", variable.TargetFormula);
        Assert.Contains(variable.Warnings, w => w.Contains("set to 7, as 2 reaction(s) with an explicit oxygen report"));
        Assert.Single(variable.Warnings, w => w.Contains("oxygen"));
        Assert.Equal(1.0, variable.RecordedTarget!["O"], 9);
    }

    [Fact]
    public void BalancingKeepsTheKeptReactionsAndSplitsAsTheTextMiningGaveThem()
    {
        // SrFeOy balanced is SrFeO2.5, the paper's own Sr2Fe2O5: duplicates and the grouped split read the recorded target,
        // so a cleaning revision keeps a dataset's kept reactions and splits (and the models trained on them) as they were.
        var strontiumFerrite = (string formula, (string, string)[] amounts) => Reaction("10.1/sfo", Material(formula, Elements(amounts)),
            [Oxide("SrCO3", ("Sr", "1"), ("C", "1"), ("O", "3")), Oxide("Fe2O3", ("Fe", "2"), ("O", "3"))], [("SrCO3", "2"), ("Fe2O3", "1")]);
        using var db = new TempDatabase();
        var result = db.Import(db.Write("a.json",
            strontiumFerrite("Sr2Fe2O5", [("Sr", "2"), ("Fe", "2"), ("O", "5")]), strontiumFerrite("SrFeOy", [("Sr", "1"), ("Fe", "1"), ("O", "1 - del_O")])));
        Assert.Equal(2, result.Version.Kept);
        var balanced = db.Repository.Kept().Single(r => r.RecordedTarget is not null);
        Assert.Equal(ReactionKeys.Composition(new Dictionary<string, double> { ["Sr"] = 1, ["Fe"] = 1, ["O"] = 1 }), ReactionKeys.Chemistry(balanced).Split(" -> ")[1]);
        Assert.Equal(2.5, balanced.Target["O"], 9);
    }

    [Fact]
    public void AVersionImportedUnderOlderCleaningRulesIsImportedAgain()
    {
        using var db = new TempDatabase();
        var file = db.Write("a.json", Ybco());
        db.Import(file);
        var versions = db.Database.GetCollection<VersionRecord>(VersionRecord.Collection);
        var first = versions.FindAll().Single();
        Assert.Equal(ReactionResolver.Revision, first.CleaningRevision);
        first.CleaningRevision = 0; // as imported before the revision was recorded
        versions.Update(first);

        var again = db.Import(file);
        Assert.False(again.AlreadyImported);
        Assert.Equal(2, again.Version.Number);
        Assert.True(db.Import(file).AlreadyImported);
    }
}
