using System.CommandLine;
using Synthesis.Data.Statistics;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis curate export --out FILE`: the dataset with corrections applied and confirmed errors removed, in the source schema.</summary>
public static class CurateExportCommand
{
    public static Command Create()
    {
        var (server, db) = (CurateCommand.ServerOption(), DatabaseOption.Create());
        var output = new Option<string>("--out") { Description = "Dataset file to write (.json; `synthesis import` reads it).", Required = true };
        var includeDropped = new Option<bool>("--include-dropped") { Description = "Also export the records cleaning dropped." };
        var command = new Command("export", "Export the curated dataset in the source JSON schema.") { output, includeDropped, server, db };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            using var access = CurateCommand.Open(result, server, db, databases);
            Data.Curation.ExportCounts? counts = null;
            AtomicFile.Write(result.GetValue(output)!, temporary =>
            {
                using var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false));
                counts = access.Export(writer, result.GetValue(includeDropped));
            });
            Console.WriteLine($"exported {counts!.Records:N0} records of dataset version {counts.DatasetVersion} ({counts.Corrected:N0} corrected, "
                              + $"{counts.Removed:N0} confirmed errors left out) to {result.GetValue(output)}");
            return 0;
        }));
        return command;
    }
}
