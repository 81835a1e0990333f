using Synthesis.Data.Cleaning;
using Synthesis.Data.Storage;
using static Synthesis.Data.Tests.SyntheticRecords;

namespace Synthesis.Data.Tests;

public class SplitTests
{
    /// <summary>200 reactions from 50 papers (DOIs differing in case across records), and one chemistry shared by two papers.</summary>
    private static TempDatabase Imported()
    {
        var db = new TempDatabase();
        var records = Enumerable.Range(0, 200).Select(i => Numbered(i, doi: i % 3 == 0 ? $"10.1000/P{i % 50}" : $"10.1000/p{i % 50}")).ToList();
        records.Add(BariumTitanate("10.1000/x"));
        records.Add(BariumTitanate("10.1000/y"));
        db.Import(db.Write("a.json", [.. records]));
        return db;
    }

    [Theory]
    [InlineData(SplitKind.Random)]
    [InlineData(SplitKind.Grouped)]
    public void TheSameSeedGivesTheSameSplitAndItIsPersisted(SplitKind kind)
    {
        using var db = Imported();
        var first = db.Repository.Split(kind, seed: 7);
        var stored = db.Database.GetCollection<SplitRecord>(SplitRecord.Collection).FindById(SplitRecord.KeyOf(1, kind, 10, 7));
        Assert.NotNull(stored);
        db.Database.GetCollection<SplitRecord>(SplitRecord.Collection).DeleteAll();
        var recomputed = db.Repository.Split(kind, seed: 7);
        Assert.Equal(first.Test, recomputed.Test);
        Assert.Equal(first.Validation, recomputed.Validation);
        Assert.Equal(first.Train, recomputed.Train);
        Assert.NotEqual(first.Test, db.Repository.Split(kind, seed: 8).Test);
    }

    [Theory]
    [InlineData(SplitKind.Random)]
    [InlineData(SplitKind.Grouped)]
    public void SplitsCoverEveryKeptReactionOnceInRoughlyTheirShares(SplitKind kind)
    {
        using var db = Imported();
        var split = db.Repository.Split(kind);
        var all = split.Train.Concat(split.Validation).Concat(split.Test).ToList();
        Assert.Equal(db.Repository.Kept().Select(r => r.Id).Order(), all.Order());
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.InRange(split.Test.Count, 0.15 * all.Count, 0.25 * all.Count);
        Assert.InRange(split.Validation.Count, 0.04 * all.Count, 0.12 * all.Count);
    }

    [Fact]
    public void TheGroupedSplitSharesNoPaperAndNoChemistryAcrossSides()
    {
        using var db = Imported();
        var split = db.Repository.Split(SplitKind.Grouped, seed: 3);
        var byId = db.Repository.Kept().ToDictionary(r => r.Id);
        IEnumerable<string> Keys(IEnumerable<string> ids) =>
            ids.SelectMany(id => new[] { byId[id].Doi.ToLowerInvariant(), ReactionKeys.Chemistry(byId[id]) });
        var (train, validation, test) = (Keys(split.Train).ToHashSet(), Keys(split.Validation).ToHashSet(), Keys(split.Test).ToHashSet());
        Assert.Empty(train.Intersect(test));
        Assert.Empty(train.Intersect(validation));
        Assert.Empty(validation.Intersect(test));
        // The two barium titanate papers share a chemistry, so they land on the same side.
        var barium = byId.Values.Where(r => r.TargetFormula == "BaTiO3").Select(r => r.Id).ToList();
        Assert.True(split.Train.Contains(barium[0]) == split.Train.Contains(barium[1]) && split.Test.Contains(barium[0]) == split.Test.Contains(barium[1]));
    }

    [Fact]
    public void MaxPrecursorsSelectsTheSubset()
    {
        using var db = new TempDatabase();
        var four = Reaction("10.1/four", Material("BaSrTiZrO6", Elements(("Ba", "1"), ("Sr", "1"), ("Ti", "1"), ("Zr", "1"), ("O", "6"))),
            [Material("BaO", Elements(("Ba", "1"), ("O", "1"))), Material("SrO", Elements(("Sr", "1"), ("O", "1"))),
             Material("TiO2", Elements(("Ti", "1"), ("O", "2"))), Material("ZrO2", Elements(("Zr", "1"), ("O", "2")))],
            [("BaO", "1"), ("SrO", "1"), ("TiO2", "1"), ("ZrO2", "1")]);
        db.Import(db.Write("a.json", [.. Enumerable.Range(0, 10).Select(i => Numbered(i)), four]));
        var split = db.Repository.Split(SplitKind.Random, maxPrecursors: 3);
        Assert.Equal(10, split.Train.Count + split.Validation.Count + split.Test.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => db.Repository.Split(SplitKind.Random, maxPrecursors: 11));
    }
}
