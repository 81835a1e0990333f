using Synthesis.Data.Reactions;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;

namespace Synthesis.Data.Tests;

public class SplitTransferTests
{
    private static Reaction Make(string id, string doi) => new()
    {
        Id = id, Doi = doi, Kept = true, Precursors = [new Precursor { Formula = "BaCO3" }, new Precursor { Formula = "TiO2" }],
    };

    [Fact]
    public void Each_reaction_keeps_its_side_by_id_or_else_by_paper_and_new_papers_go_to_training()
    {
        var before = Enumerable.Range(0, 30).Select(i => Make($"r{i}", $"10.1000/p{i % 6}")).ToList();
        var original = DatasetSplitter.Split(before, SplitKind.Paper, 10, 42);
        var sideOf = new Dictionary<string, string>();
        foreach (var (ids, side) in new[] { (original.Train, "train"), (original.Validation, "validation"), (original.Test, "test") })
            foreach (var id in ids) sideOf[id] = side;
        var testPaper = before.First(r => sideOf[r.Id] == "test").Doi;

        // The curated version: r0 removed (a confirmed error), a test record corrected (new id, DOI in upper case), one new paper.
        var corrected = before.First(r => r.Doi == testPaper && r.Id != "r0");
        var after = before.Where(r => r.Id != "r0" && r != corrected)
            .Append(Make("r-corrected", testPaper.ToUpperInvariant())).Append(Make("r-new", "10.1000/new")).ToList();

        var (split, placement) = SplitTransfer.Carry(original, before, after);

        Assert.Equal((28, 1, 1), (placement.ById, placement.ByPaper, placement.OfNewPapers));
        Assert.Contains("r-corrected", split.Test);
        Assert.Contains("r-new", split.Train);
        Assert.DoesNotContain("r0", split.Train.Concat(split.Validation).Concat(split.Test));
        foreach (var reaction in after.Where(r => sideOf.ContainsKey(r.Id)))
            Assert.Contains(reaction.Id, sideOf[reaction.Id] switch { "train" => split.Train, "validation" => split.Validation, _ => split.Test });
        Assert.Equal((original.Kind, original.MaxPrecursors, original.Seed), (split.Kind, split.MaxPrecursors, split.Seed));
    }
}
