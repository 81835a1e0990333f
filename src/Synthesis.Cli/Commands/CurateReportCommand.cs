using System.CommandLine;
using Synthesis.Chemistry;
using Synthesis.Cli.Curation;
using Synthesis.Data.Curation;
using Synthesis.Data.Statistics;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis curate report`: one self-contained HTML file of the top flags.</summary>
public static class CurateReportCommand
{
    public static Command Create()
    {
        var (server, db) = (CurateCommand.ServerOption(), DatabaseOption.Create());
        var output = new Option<string>("--out") { Description = "HTML file to write.", DefaultValueFactory = _ => Path.Combine("results", "curation", "report.html") };
        var top = new Option<int>("--top") { Description = $"How many of the best-scoring flags (1–{InputLimits.MaxPageSize}).", DefaultValueFactory = _ => 50 };
        var unreviewed = new Option<bool>("--unreviewed") { Description = "Only flags nobody has reviewed yet." };
        var run = new Option<string?>("--run") { Description = "Flagging run id (default: the latest)." };
        var command = new Command("report", "Write an HTML page of the top flags for chemists to review.") { output, top, unreviewed, run, server, db };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var count = result.GetValue(top);
            if (count is < 1 or > InputLimits.MaxPageSize) return CliOutput.Error($"--top must be 1 to {InputLimits.MaxPageSize}, got {count}");
            using var access = CurateCommand.Open(result, server, db, databases);
            var query = new FlagQuery([], result.GetValue(unreviewed) ? [ReviewStatus.Unreviewed] : [], RunId: result.GetValue(run));
            var page = access.List(query, 0, count) ?? throw new InvalidOperationException("no flagging run stored yet: run `synthesis curate run` first");
            var details = page.Flags.Select(f => access.Get(f.Id) ?? new FlagDetail(f, [], null)).ToList();
            var html = FlagReport.Render(page.Run, page.Total, details, DateTime.UtcNow);
            AtomicFile.Write(result.GetValue(output)!, temporary => File.WriteAllText(temporary, html));
            Console.WriteLine($"wrote the top {details.Count} of {page.Total:N0} flags to {result.GetValue(output)}");
            return 0;
        }));
        return command;
    }
}
