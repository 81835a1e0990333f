using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;
using static Synthesis.Models.Tests.Candidates.LiteratureFixtures;

namespace Synthesis.Models.Tests.Candidates;

/// <summary>
/// The leak rules: a reaction never sees itself or any reaction of its own paper as a candidate or as support; the
/// evaluation's literature is the training part alone; balanced-equation amounts are never read.
/// </summary>
public sealed class CandidateLeakTests
{
    private static readonly Literature Literature = new(
    [
        Record("own", "10.1/OWN", "Ba2TiO4", "BaCO3", "TiO2"),
        Record("sibling", "10.1/own", "Ba3TiO5", "BaCO3", "TiO2"),
        Record("other", "10.2/other", "BaTiO3", "BaCO3", "TiO2"),
        Record("far", "10.3/far", "BaTiO3", "Ba(NO3)2", "TiO2"),
    ]);

    [Fact]
    public void AStoredReactionNeverSeesItselfOrItsOwnPaper()
    {
        var generator = new CandidateGenerator(Literature, new CandidateOptions { FromModel = false, FromChargeBalance = false });
        var set = generator.Generate(Precursors("BaCO3", "TiO2"), Model("Ba2TiO4"), excludedId: "own", excludedDoi: "10.1/Own");
        var products = set.Candidates.Select(c => c.Formula).ToArray();
        Assert.DoesNotContain("Ba2TiO4", products);
        Assert.DoesNotContain("Ba3TiO5", products);
        Assert.Contains("BaTiO3", products);
        Assert.All(set.Candidates.SelectMany(c => c.Supporting), s => Assert.NotEqual("10.1/own", Literature.Doi(s.Record)));

        // A caller's query is no stored reaction: nothing is left out, and the support counts every paper.
        var open = generator.Generate(Precursors("BaCO3", "TiO2"), Model("Ba2TiO4"));
        Assert.Contains("Ba2TiO4", open.Candidates.Select(c => c.Formula));
    }

    [Fact]
    public void SupportLeavesTheOwnPaperOut()
    {
        var own = Literature.FindProduct(Composition.Parse("Ba2TiO4"));
        Assert.Equal(1, Literature.Support(own, null));
        Assert.Equal(0, Literature.Support(own, "10.1/own"));
    }

    [Fact]
    public void AModelRoundingThatOnlyTheOwnPaperReportsGetsNoLiteratureCredit()
    {
        var generator = new CandidateGenerator(Literature, new CandidateOptions());
        var set = generator.Generate(Precursors("BaCO3", "TiO2"), Model("Ba2TiO4"), excludedId: "own", excludedDoi: "10.1/own");
        var rounding = Assert.Single(set.Candidates, c => c.Formula == "Ba2TiO4");
        Assert.DoesNotContain(CandidateSources.Literature, rounding.Sources);
        Assert.Empty(rounding.Supporting);
        Assert.Equal(0, rounding.Features[Array.IndexOf(CandidateFeatures.Candidate, "literature.log_support")]);
    }

    [Fact]
    public void TheEvaluationLiteratureHoldsTrainingReactionsOnly()
    {
        var data = new TrainingData(Examples("train", 6), Examples("validation", 3), Examples("test", 3), "grouped", 10, 1, "");
        var literature = CandidateTraining.TrainingLiterature(data);
        Assert.Equal(6, literature.Count);
        Assert.All(data.Validation.Concat(data.Test), e => Assert.False(literature.Contains(e.Id)));
        Assert.All(data.Train, e => Assert.True(literature.Contains(e.Id)));
    }

    [Fact]
    public void BalancedEquationAmountsAreNeverRead()
    {
        var reaction = new Reaction
        {
            Id = "r", Doi = "10.9/x", ReactionString = "BaCO3 + TiO2 == BaTiO3 + CO2", Target = new() { ["Ba"] = 1, ["Ti"] = 1, ["O"] = 3 },
            Precursors =
            [
                new Precursor { Formula = "BaCO3", Composition = new() { ["Ba"] = 1, ["C"] = 1, ["O"] = 3 }, Amount = 1 },
                new Precursor { Formula = "TiO2", Composition = new() { ["Ti"] = 1, ["O"] = 2 }, Amount = 1 },
            ],
        };
        var before = LiteratureRecord.From(reaction);
        foreach (var precursor in reaction.Precursors) precursor.Amount = 7.5;
        var after = LiteratureRecord.From(reaction);
        Assert.Equal(Literature.Keys(before.Precursors), Literature.Keys(after.Precursors));
        Assert.Equal(CompositionKeys.Product(before.Product), CompositionKeys.Product(after.Product));
        Assert.DoesNotContain(typeof(LiteratureRecord).GetProperties(), p => p.Name.Contains("Amount"));
    }

    private static ReactionExample[] Examples(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => new ReactionExample($"{prefix}-{i}", Precursors("BaCO3", "TiO2"), [], Composition.Parse("BaTiO3"))).ToArray();
}
