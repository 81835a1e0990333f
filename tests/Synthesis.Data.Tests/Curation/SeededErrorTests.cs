using Synthesis.Data.Curation;
using Synthesis.Data.Reactions;
using static Synthesis.Data.Tests.Curation.CurationFixtures;

namespace Synthesis.Data.Tests.Curation;

public class SeededErrorTests
{
    private static Reaction Make(int i) => new()
    {
        Id = $"r{i}", Kept = true, TargetFormula = "La0.7Sr0.3MnO3",
        Target = new() { ["La"] = 0.7, ["Sr"] = 0.3, ["Mn"] = 1, ["O"] = 3 },
        Precursors = [new() { Formula = "La2O3", Composition = new() { ["La"] = 2, ["O"] = 3 } }, new() { Formula = "SrCO3", Composition = new() { ["Sr"] = 1, ["C"] = 1, ["O"] = 3 } },
            new() { Formula = "MnO2", Composition = new() { ["Mn"] = 1, ["O"] = 2 } }],
    };

    [Fact]
    public void Each_kind_of_corruption_changes_the_product_the_way_extraction_goes_wrong()
    {
        var reactions = Enumerable.Range(0, 20).Select(Make).Append(new Reaction { Id = "other", Kept = true, TargetFormula = "BaTiO3", Target = new() { ["Ba"] = 1, ["Ti"] = 1, ["O"] = 3 } }).ToList();

        var errors = SeededErrors.Choose(reactions, 8, seed: 1);

        Assert.Equal(8, errors.Count);
        Assert.Equal(8, errors.Select(e => e.ReactionId).Distinct().Count());
        var byKind = errors.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.First().Corrupted);
        Assert.Equal("LaSr0.3Mn0.7O3", byKind[Corruption.SwapCationRatio]);
        Assert.Equal("La0.7MnO3", byKind[Corruption.DropDopant]);
        Assert.Equal(5, Chemistry.Formulas.FormulaParser.Parse(byKind[Corruption.AddElement]).Count);
        Assert.Contains(byKind[Corruption.PrecursorAsProduct], new[] { "La2O3", "SrCO3", "MnO2" });
        Assert.Equal(errors, SeededErrors.Choose(reactions, 8, seed: 1));
    }

    [Fact]
    public void Recall_and_precision_follow_the_flags_by_score()
    {
        var run = Run();
        var seeded = new[] { new SeededError("r1", Corruption.DropDopant, "", ""), new SeededError("r2", Corruption.AddElement, "", ""), new SeededError("r9", Corruption.AddElement, "", "") };
        var flags = new[] { Flag(run, "r1", 0.9), Flag(run, "x", 0.8), Flag(run, "r2", 0.5), Flag(run, "y", 0.2) };

        var curve = SeededRecall.Curve(seeded, flags);

        Assert.Equal([1.0, 0.5, 2 / 3.0, 0.5], curve.Select(p => p.Precision));
        Assert.Equal([1 / 3.0, 1 / 3.0, 2 / 3.0, 2 / 3.0], curve.Select(p => p.Recall));
        Assert.Equal((3, 2), (SeededRecall.At(curve, 0.3).Flagged, SeededRecall.At(curve, 0.3).SeededFound));
    }
}
