using Synthesis.Data.Storage;
using static Synthesis.Data.Tests.SyntheticRecords;

namespace Synthesis.Data.Tests;

public class RepositoryTests
{
    [Fact]
    public void FindsReactionsByIdDoiPageAndTargetElements()
    {
        using var db = new TempDatabase();
        db.Import(db.Write("a.json", BariumTitanate("10.1000/BTO"), Numbered(1), Numbered(2)));
        var repository = db.Repository;
        var barium = repository.Kept()[0];
        Assert.Equal("BaTiO3", repository.Get(barium.Id)!.TargetFormula);
        Assert.Single(repository.ByDoi("10.1000/bto"));

        var withBarium = repository.Page(0, 10, new ElementFilter(["Ba", "Ti"], []));
        Assert.Equal(1, withBarium.Total);
        Assert.Equal(barium.Id, withBarium.Reactions.Single().Id);
        var withoutBarium = repository.Page(0, 1, new ElementFilter([], ["Ba"]));
        Assert.Equal(2, withoutBarium.Total);
        Assert.Single(withoutBarium.Reactions);
        Assert.Throws<ArgumentException>(() => repository.Page(0, 1, new ElementFilter(["Xx"], [])));
    }

    [Fact]
    public void SummariesCarryWhatAFuzzySearchIndexNeeds()
    {
        using var db = new TempDatabase();
        db.Import(db.Write("a.json", BariumTitanate()));
        var summary = db.Repository.Summaries().Single();
        Assert.Equal("10.1000/bto", summary.Doi);
        Assert.Equal("BaTiO3", summary.TargetFormula);
        Assert.Equal(["BaCO3", "TiO2"], summary.PrecursorFormulas);
        Assert.Equal(["Ba", "Ti", "O"], summary.TargetElements);
    }

    [Fact]
    public void AnEmptyDatabaseHasNoVersionAndNoSplit()
    {
        using var db = new TempDatabase();
        Assert.Null(db.Repository.CurrentVersion());
        Assert.Empty(db.Repository.Kept());
        Assert.Throws<InvalidOperationException>(() => db.Repository.Split(SplitKind.Grouped));
    }

    [Fact]
    public void OneDatabaseInstancePerFile()
    {
        using var db = new TempDatabase();
        using var databases = new DatabaseFiles(DatabaseOwner.Cli);
        Assert.Same(databases.For(db.Path), databases.For(Path.Combine(db.Folder, ".", "reactions.db")));
    }

    [Fact]
    public void A_second_host_in_the_same_process_is_refused_until_the_first_closes_the_file()
    {
        using var db = new TempDatabase();
        var server = new DatabaseFiles(DatabaseOwner.Server);
        using var command = new DatabaseFiles(DatabaseOwner.Cli);
        _ = server.For(db.Path);

        var refused = Assert.Throws<DatabaseInUseException>(() => command.For(db.Path));
        server.Dispose();

        Assert.Equal(DatabaseOwner.Server, refused.Owner?.Kind);
        Assert.Null(new LiteDbReactionRepository(command.For(db.Path)).CurrentVersion());
    }
}
