using System.Text.Json.Nodes;
using Synthesis.Data.Curation;
using Synthesis.Data.Storage;
using static Synthesis.Data.Tests.Curation.CurationFixtures;
using static Synthesis.Data.Tests.SyntheticRecords;

namespace Synthesis.Data.Tests.Curation;

public sealed class DatasetExportTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly TempDatabase _reimported = new();

    public void Dispose()
    {
        _db.Dispose();
        _reimported.Dispose();
    }

    [Fact]
    public void The_export_leaves_out_confirmed_errors_carries_corrections_and_round_trips_through_import()
    {
        _db.Import(_db.Write("source.json", BariumTitanate(), Numbered(1), Numbered(2), Numbered(3)));
        var kept = _db.Repository.Kept();
        var (wrong, corrected, alarm) = (kept[1].Id, kept[2].Id, kept[3].Id);
        var store = new CurationStore(_db.Database);
        var run = Run();
        store.SaveRun(run, [Flag(run, wrong, 0.9), Flag(run, corrected, 0.8), Flag(run, alarm, 0.7)]);
        store.Review($"f-{run.Id}-{wrong}", Decision(ReviewStatus.ConfirmedError, 0));
        store.Review($"f-{run.Id}-{corrected}", Decision(ReviewStatus.Corrected, 0, target: "Sr2TiO4"));
        store.Review($"f-{run.Id}-{alarm}", Decision(ReviewStatus.FalseAlarm, 0));

        var file = Path.Combine(_reimported.Folder, "export.json");
        ExportCounts counts;
        using (var output = File.Create(file)) counts = new DatasetExporter(_db.Database).WriteFile(output, includeDropped: false);
        var result = _reimported.Import(file);

        Assert.Equal((3, 1, 1), (counts.Records, counts.Corrected, counts.Removed));
        Assert.Equal((3, 3), (result.Version.Total, result.Version.Kept));
        var targets = _reimported.Repository.Kept().Select(r => r.TargetFormula).ToList();
        Assert.Equal(["BaTiO3", "Sr2TiO4", "Sr1.003TiO3"], targets);
        var record = JsonNode.Parse(File.ReadAllText(file))!["reactions"]![1]!;
        Assert.Equal(corrected, record["curation"]!["original_reaction_id"]!.GetValue<string>());
        Assert.EndsWith("== Sr2TiO4 #2", record["reaction_string"]!.GetValue<string>());
        Assert.Equal("synthetic", record["paragraph_string"]!.GetValue<string>());
    }

    [Fact]
    public void The_paragraph_a_reaction_was_mined_from_is_kept_at_import()
    {
        _db.Import(_db.Write("source.json", BariumTitanate()));

        var reaction = _db.Repository.Kept().Single();

        Assert.Equal("synthetic", new SourceDocuments(_db.Database).Paragraph(reaction.DatasetVersion, reaction.Id));
    }

    [Fact]
    public void Importing_the_same_file_again_gives_an_older_database_its_source_records()
    {
        var file = _db.Write("source.json", BariumTitanate(), Numbered(1));
        _db.Import(file);
        var documents = new SourceDocuments(_db.Database);
        documents.Drop(1);

        var again = _db.Import(file);

        Assert.True(again.AlreadyImported);
        Assert.All(_db.Repository.Kept(), r => Assert.Equal("synthetic", documents.Paragraph(1, r.Id)));
    }
}
