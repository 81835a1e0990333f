using System.Text.Json.Nodes;
using Synthesis.Data.Cleaning;
using Synthesis.Data.Import;
using Synthesis.Data.Reactions;
using static Synthesis.Data.Tests.SyntheticRecords;

namespace Synthesis.Data.Tests;

public class ReactionResolverTests
{
    private static JsonObject[] Carbonates => [Material("BaCO3", Elements(("Ba", "1"), ("C", "1"), ("O", "3"))), Material("TiO2", Elements(("Ti", "1"), ("O", "2")))];

    [Fact]
    public void KeepsASimpleReactionWithAmountsAndActions()
    {
        var reaction = Resolve(BariumTitanate());
        Assert.True(reaction.Kept, reaction.DropDetail);
        Assert.Equal("BaTiO3", reaction.TargetFormula);
        Assert.Equal([1.0, 1.0], reaction.Precursors.Select(p => p.Amount));
        Assert.Equal([ActionClass.DryMixing, ActionClass.Heating], reaction.Actions);
        Assert.Equal([900.0], reaction.Operations[1].TemperaturesC);
        Assert.Equal([12.0], reaction.Operations[1].TimesH);
    }

    [Fact]
    public void TheTargetFormulaIsStoredAsTheChemistWritesIt()
    {
        // The text-mined composition lists V, O, Ba; the paper writes Ba3V2O8, and without it the order is conventional.
        JsonObject Record(string? reactionString) => Reaction("10.1/w", Material("Ba3V2O8", Elements(("V", "2"), ("O", "8"), ("Ba", "3"))),
            [Material("BaCO3", Elements(("Ba", "1"), ("C", "1"), ("O", "3"))), Material("V2O5", Elements(("V", "2"), ("O", "5")))],
            [("BaCO3", "3"), ("V2O5", "1")], reactionString: reactionString);
        Assert.Equal("Ba3V2O8", Resolve(Record(null)).TargetFormula);
        Assert.Equal("Ba3V2O8", Resolve(Record("3 BaCO3 + V2O5 == product")).TargetFormula);
    }

    [Fact]
    public void AmountVariablesTakeTheMidpointOfTheirRange()
    {
        var target = Material("Ba1-xSrxTiO3", Elements(("Ba", "1-x"), ("Sr", "x"), ("Ti", "1"), ("O", "3")), variables: new JsonObject { ["x"] = Range(0.1, 0.3) });
        var record = Reaction("10.1/v", target, [.. Carbonates, Material("SrCO3", Elements(("Sr", "1"), ("C", "1"), ("O", "3")))],
            [("BaCO3", "1-x"), ("TiO2", "1"), ("SrCO3", "x")]);
        var reaction = Resolve(record);
        Assert.True(reaction.Kept, reaction.DropDetail);
        Assert.Equal(0.8, reaction.Target["Ba"], 9);
        Assert.Equal(0.2, reaction.Target["Sr"], 9);
        Assert.Equal(0.2, reaction.Precursors.Single(p => p.Formula == "SrCO3").Amount, 9);
    }

    [Fact]
    public void ElementSubstitutionNamesTheElementOfThisReaction()
    {
        var target = Material("BaMO3", Elements(("Ba", "1"), ("M", "1"), ("O", "3")), elementVariables: new JsonObject { ["M"] = new JsonArray("Ti", "Zr") });
        var reaction = Resolve(Reaction("10.1/s", target, Carbonates, [("BaCO3", "1"), ("TiO2", "1")], substitution: new JsonObject { ["M"] = "Ti" }));
        Assert.Equal(["Ba", "Ti", "O"], reaction.Target.Keys);
    }

    [Fact]
    public void AnElementVariableWithoutSubstitutionIsSharedEquallyAmongItsElements()
    {
        var target = Material("BaMO3", Elements(("Ba", "1"), ("M", "1"), ("O", "3")), elementVariables: new JsonObject { ["M"] = new JsonArray("Ti", "Zr") });
        var reaction = Resolve(Reaction("10.1/e", target, Carbonates, [("BaCO3", "1"), ("TiO2", "1")]));
        Assert.Equal(0.5, reaction.Target["Ti"], 9);
        Assert.Equal(0.5, reaction.Target["Zr"], 9);
    }

    [Fact]
    public void MixtureTargetsAreSummedWeightedByTheirAmounts()
    {
        var phases = new JsonArray(Phase("BaTiO3", Elements(("Ba", "1"), ("Ti", "1"), ("O", "3")), "0.9"), Phase("SrTiO3", Elements(("Sr", "1"), ("Ti", "1"), ("O", "3")), "0.1"));
        var reaction = Resolve(Reaction("10.1/m", Material("0.9BaTiO3-0.1SrTiO3", phases: phases), Carbonates, [("BaCO3", "0.9"), ("TiO2", "1")]));
        Assert.Equal(0.9, reaction.Target["Ba"], 9);
        Assert.Equal(0.1, reaction.Target["Sr"], 9);
        Assert.Equal(1.0, reaction.Target["Ti"], 9);
    }

    [Fact]
    public void AdditivesStayOutOfTheTargetAndTheirSourceRaisesNoWarning()
    {
        var target = Material("BaTiO3", Elements(("Ba", "1"), ("Ti", "1"), ("O", "3")), additives: new JsonArray("Eu0.01"));
        var reaction = Resolve(Reaction("10.1/a", target, [.. Carbonates, Material("Eu2O3", Elements(("Eu", "2"), ("O", "3")))], [("BaCO3", "1"), ("TiO2", "1")]));
        Assert.Equal(["Eu0.01"], reaction.Additives);
        Assert.False(reaction.Target.ContainsKey("Eu"));
        Assert.Equal(0, reaction.Precursors.Single(p => p.Formula == "Eu2O3").Amount);
        Assert.DoesNotContain(reaction.Warnings, w => w.Contains("shares no element"));
    }

    [Fact]
    public void APrecursorSharingNoElementWithTheTargetIsWarnedAbout()
    {
        var reaction = Resolve(Reaction("10.1/w", Material("BaTiO3", Elements(("Ba", "1"), ("Ti", "1"), ("O", "3"))),
            [.. Carbonates, Material("Fe2O3", Elements(("Fe", "2"), ("O", "3")))], [("BaCO3", "1"), ("TiO2", "1"), ("Fe2O3", "0.1")]));
        Assert.True(reaction.Kept);
        Assert.Contains(reaction.Warnings, w => w.Contains("Fe2O3 shares no element"));
    }

    [Fact]
    public void ConditionsAreConvertedToCelsiusAndHours()
    {
        var record = BariumTitanate();
        record["operations"] = new JsonArray(Operation("HeatingOperation", 1273.15, "K", 90, "min"));
        var operation = Resolve(record).Operations.Single();
        Assert.Equal(1000, operation.TemperaturesC.Single(), 6);
        Assert.Equal(1.5, operation.TimesH.Single(), 6);
    }

    public static TheoryData<string, JsonObject> Rejected => new()
    {
        { DropReasons.UnresolvedAmount, Reaction("10.1/u", Material("Ba1-xTiO3", Elements(("Ba", "1-x"), ("Ti", "1"), ("O", "3"))), Carbonates, [("BaCO3", "1"), ("TiO2", "1")]) },
        { DropReasons.UnresolvedAmount, Reaction("10.1/u2", Material("BaMO3", Elements(("Ba", "1"), ("M", "1"), ("O", "3"))), Carbonates, [("BaCO3", "1"), ("TiO2", "1")]) },
        { DropReasons.NonPositiveAmount, Reaction("10.1/n", Material("BaTiO3", Elements(("Ba", "1"), ("Ti", "1"), ("O", "3"))), Carbonates, [("BaCO3", "-1"), ("TiO2", "1")]) },
        { DropReasons.NonPositiveAmount, Reaction("10.1/z", Material("Ba1-xTiO3", Elements(("Ba", "1-x"), ("Ti", "1"), ("O", "3")), variables: new JsonObject { ["x"] = Range(1) }), Carbonates, [("BaCO3", "1"), ("TiO2", "1")]) },
        { DropReasons.UnparseableFormula, Reaction("10.1/p", Material("Ba?TiO3", phases: []), Carbonates, [("BaCO3", "1"), ("TiO2", "1")]) },
        { DropReasons.SingleElementTarget, Reaction("10.1/t", Material("Ti", Elements(("Ti", "1"))), Carbonates, [("BaCO3", "1"), ("TiO2", "1")]) },
        { DropReasons.TooFewPrecursors, Reaction("10.1/f", Material("BaTiO3", Elements(("Ba", "1"), ("Ti", "1"), ("O", "3"))), [Carbonates[0]], [("BaCO3", "1")]) },
        { DropReasons.TooManyPrecursors, Reaction("10.1/m", Material("BaTiO3", Elements(("Ba", "1"), ("Ti", "1"), ("O", "3"))),
            Enumerable.Range(1, 11).Select(i => Material($"Ba{i}O", Elements(("Ba", $"{i}"), ("O", "1")))).ToArray(), [("Ba1O", "1")]) },
        { DropReasons.Organic, Reaction("10.1/o", Material("BaTiO3", Elements(("Ba", "1"), ("Ti", "1"), ("O", "3"))),
            [Material("Ba(CH3COO)2", Elements(("Ba", "1"), ("C", "4"), ("H", "6"), ("O", "4"))), Carbonates[1]], [("Ba(CH3COO)2", "1"), ("TiO2", "1")]) },
        { DropReasons.AbsurdValue, WithOperations(BariumTitanate(), Operation("HeatingOperation", 9000)) },
        { DropReasons.MalformedRecord, Without(BariumTitanate(), "target") },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void EachDropRuleRecordsItsReason(string reason, JsonObject record)
    {
        var reaction = Resolve(record);
        Assert.False(reaction.Kept);
        Assert.Equal(reason, reaction.DropReason);
        Assert.False(string.IsNullOrWhiteSpace(reaction.DropDetail));
        Assert.Equal(7, reaction.SourceIndex);
    }

    [Fact]
    public void ARecordThatCouldNotBeReadIsDroppedAsMalformedWithItsError()
    {
        var reaction = ReactionResolver.Resolve(new SourceRecordResult(3, null, "a field has the wrong type ($.doi)"));
        Assert.Equal(DropReasons.MalformedRecord, reaction.DropReason);
        Assert.Contains("$.doi", reaction.DropDetail);
    }

    private static JsonObject WithOperations(JsonObject record, params JsonObject[] operations)
    {
        record["operations"] = new JsonArray(operations.Select(o => (JsonNode?)o).ToArray());
        return record;
    }

    private static JsonObject Without(JsonObject record, string field)
    {
        record.Remove(field);
        return record;
    }
}
