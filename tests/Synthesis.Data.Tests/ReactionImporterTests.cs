using Synthesis.Data.Cleaning;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;
using static Synthesis.Data.Tests.SyntheticRecords;

namespace Synthesis.Data.Tests;

public class ReactionImporterTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public void ImportsAnXzFileAsACompleteVersion()
    {
        using var db = new TempDatabase();
        var progress = new List<ImportProgress>();
        var result = new ReactionImporter(db.Database).Import(Fixture("reactions.json.xz"), new SynchronousProgress(progress.Add));
        Assert.False(result.AlreadyImported);
        Assert.Equal(1, db.Repository.CurrentVersion()!.Number);
        Assert.Equal(400, db.Repository.CurrentVersion()!.Total);
        Assert.Equal(400, db.Repository.Kept().Count);
        Assert.Equal(1.0, progress[^1].Fraction);
        Assert.Equal(400, progress[^1].Records);
    }

    [Fact]
    public void ReimportingTheSameFileIsANoOp()
    {
        using var db = new TempDatabase();
        var file = db.Write("a.json", BariumTitanate(), Numbered(1));
        db.Import(file);
        var again = db.Import(file);
        Assert.True(again.AlreadyImported);
        Assert.Equal(1, again.Version.Number);
        Assert.Single(db.Database.GetCollection<VersionRecord>(VersionRecord.Collection).FindAll());
    }

    [Fact]
    public void ANewFileBecomesANewVersionThatReadersSee()
    {
        using var db = new TempDatabase();
        db.Import(db.Write("a.json", BariumTitanate()));
        var second = db.Import(db.Write("b.json", BariumTitanate(), Numbered(1), Numbered(2)));
        Assert.Equal(2, second.Version.Number);
        Assert.Equal(2, db.Repository.CurrentVersion()!.Number);
        Assert.Equal(3, db.Repository.Kept().Count);
    }

    [Fact]
    public void AnIncompleteVersionIsInvisibleAndRemovedByTheNextImport()
    {
        using var db = new TempDatabase();
        db.Import(db.Write("a.json", BariumTitanate()));
        // What a killed import leaves: a version record never marked complete, with some of its reactions.
        var versions = new DatasetVersions(db.Database);
        var killed = versions.Begin("b.json", "feed");
        db.Database.GetCollection<Reactions.Reaction>(VersionRecord.ReactionCollection(killed.Number)).Insert(new Reactions.Reaction { Id = "rhalf", Kept = true });
        Assert.Equal(1, db.Repository.CurrentVersion()!.Number);
        Assert.Null(db.Repository.Get("rhalf"));

        var next = db.Import(db.Write("c.json", Numbered(5)));
        Assert.Equal([killed.Number], next.DiscardedIncompleteVersions);
        Assert.False(db.Database.CollectionExists(VersionRecord.ReactionCollection(killed.Number)) && next.Version.Number != killed.Number);
        Assert.Equal(next.Version.Number, db.Repository.CurrentVersion()!.Number);
        Assert.DoesNotContain(db.Database.GetCollection<VersionRecord>(VersionRecord.Collection).FindAll(), v => !v.Complete);
    }

    [Theory]
    [InlineData("truncated.json.xz")]
    [InlineData("corrupt.json.xz")]
    public void ABrokenXzFileFailsClearlyAndLeavesThePreviousVersion(string fixture)
    {
        using var db = new TempDatabase();
        db.Import(db.Write("a.json", BariumTitanate()));
        var error = Assert.Throws<InvalidDataException>(() => db.Import(Fixture(fixture)));
        Assert.Matches("truncated|corrupt|invalid JSON|ends in the middle", error.Message);
        Assert.Equal(1, db.Repository.CurrentVersion()!.Number);
        Assert.Single(db.Database.GetCollection<VersionRecord>(VersionRecord.Collection).FindAll());
    }

    [Fact]
    public void InvalidJsonNamesTheRecordAndLeavesThePreviousVersion()
    {
        using var db = new TempDatabase();
        db.Import(db.Write("a.json", BariumTitanate()));
        var broken = Path.Combine(db.Folder, "broken.json");
        var text = Dataset(Numbered(1), Numbered(2), Numbered(3));
        File.WriteAllText(broken, text.Replace("\"10.1000/paper2\"", "\"10.1000/paper2\" oops"));
        var error = Assert.Throws<InvalidDataException>(() => db.Import(broken));
        Assert.Contains("record 1", error.Message); // 0-based, as SourceIndex
        Assert.Equal(1, db.Repository.CurrentVersion()!.Number);
    }

    [Fact]
    public void BadRecordsAreDroppedWithTheirIndexAndDoiWhileTheRestImports()
    {
        using var db = new TempDatabase();
        var wrongType = Numbered(2);
        wrongType["precursors"] = "not a list";
        var missing = Numbered(3);
        missing.Remove("reaction");
        var result = db.Import(db.Write("a.json", Numbered(1), wrongType, missing, Numbered(4)));
        Assert.Equal(2, result.Version.Kept);
        Assert.Equal(2, result.Dropped[DropReasons.MalformedRecord]);
        Assert.Contains(result.BadRecords, b => b.StartsWith("record 1 (doi 10.1000/paper2)"));
        Assert.Contains(result.BadRecords, b => b.Contains("record 2") && b.Contains("missing field 'reaction'"));
    }

    [Fact]
    public void DuplicatesUnderACaseVariantDoiOrWithinOnePaperAreDroppedButKeptOnRecord()
    {
        using var db = new TempDatabase();
        var result = db.Import(db.Write("a.json",
            BariumTitanate("10.1000/ABC"), BariumTitanate("10.1000/abc"), BariumTitanate("10.1000/abc", tag: " (again)"), BariumTitanate("10.1000/other")));
        Assert.Equal(2, result.Version.Kept);
        Assert.Equal(2, result.Dropped[DropReasons.Duplicate]);
        var all = db.Repository.All().ToList();
        Assert.Equal(4, all.Count);
        Assert.Equal(all[0].Id + "-2", all[1].Id); // same DOI (ignoring case) and reaction string: the id gets a suffix
        Assert.Equal(DropReasons.Duplicate, all[2].DropReason);
        Assert.Contains(all[0].Id, all[2].DropDetail);
    }

    [Fact]
    public void AnEmptyOrNonDatasetFileIsAClearError()
    {
        using var db = new TempDatabase();
        var empty = Path.Combine(db.Folder, "empty.json");
        File.WriteAllText(empty, "");
        Assert.Contains("empty", Assert.Throws<InvalidDataException>(() => db.Import(empty)).Message);
        var list = Path.Combine(db.Folder, "list.json");
        File.WriteAllText(list, "[1, 2]");
        Assert.Contains("not a reaction dataset", Assert.Throws<InvalidDataException>(() => db.Import(list)).Message);
        Assert.Null(db.Repository.CurrentVersion());
    }

    /// <summary>Reports on the importing thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
