using System.CommandLine;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis import datasets/reactions/solid-state_dataset_2019-12-03.json.xz`: import and clean a reaction dataset.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Text-mined reaction dataset: .json.xz (streamed) or plain .json." };
        var db = DatabaseOption.Create();
        var json = CliOutput.JsonOption();
        var command = new Command("import",
            "Import a text-mined reaction dataset into the reaction database as a new dataset version, resolving variables and " +
            "cleaning (see datasets/README-cleaning.md). Re-importing the same file (same SHA-256) does nothing.")
        { file, db, json };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var path = result.GetValue(file)!;
            var database = databases.For(DatabasePath.Resolve(result.GetValue(db)));
            var import = new ReactionImporter(database).Import(path, new ImportProgressRenderer());
            if (!import.AlreadyImported) ImportProgressRenderer.Finish();
            if (result.GetValue(json)) CliOutput.WriteJson(import);
            else Print(import);
            return 0;
        }));
        return command;
    }

    private static void Print(ImportResult import)
    {
        var version = import.Version;
        foreach (var number in import.DiscardedIncompleteVersions)
            Console.WriteLine($"removed incomplete dataset version {number} left by an interrupted import");
        if (import.AlreadyImported)
        {
            Console.WriteLine($"already imported as dataset version {version.Number} ({version.SourceFile}, sha256 {version.ContentSha256[..12]}): nothing to do");
            return;
        }
        Console.WriteLine($"dataset version {version.Number}: {version.Total:N0} reactions, {version.Kept:N0} kept, {version.Total - version.Kept:N0} dropped ({import.Elapsed.TotalSeconds:0.0} s)");
        foreach (var (reason, count) in import.Dropped.OrderByDescending(d => d.Value))
            Console.WriteLine($"  {reason,-24} {count,7:N0}");
        foreach (var bad in import.BadRecords)
            Console.Error.WriteLine($"warning: {bad}");
    }
}
