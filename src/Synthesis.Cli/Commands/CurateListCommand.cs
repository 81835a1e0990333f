using System.CommandLine;
using Synthesis.Chemistry;
using Synthesis.Cli.Curation;
using Synthesis.Data.Curation;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis curate list`: the flags of a run, filtered by reason, state and score, best first.</summary>
public static class CurateListCommand
{
    public static Command Create()
    {
        var (server, db, json) = (CurateCommand.ServerOption(), DatabaseOption.Create(), CliOutput.JsonOption());
        var reasons = new Option<string[]>("--reason") { Description = $"Only flags with one of these reasons: {Names<FlagReason>()}.", AllowMultipleArgumentsPerToken = true };
        var statuses = new Option<string[]>("--status") { Description = $"Only flags in one of these states: {Names<ReviewStatus>()}.", AllowMultipleArgumentsPerToken = true };
        var minScore = new Option<double>("--min-score") { Description = "Only flags scoring at least this (0–1)." };
        var sort = new Option<string>("--sort") { Description = $"Order: {Names<FlagOrder>()}.", DefaultValueFactory = _ => CurationNames.Of(FlagOrder.ScoreDescending) };
        var limit = new Option<int>("--limit") { Description = $"Flags to show (1–{InputLimits.MaxPageSize}).", DefaultValueFactory = _ => InputLimits.DefaultFlagPageSize };
        var offset = new Option<int>("--offset") { Description = "Flags to skip first." };
        var run = new Option<string?>("--run") { Description = "Flagging run id (default: the latest)." };
        var tsv = new Option<bool>("--tsv") { Description = "Write every matching flag (no paging) as tab-separated values, for committing a run's flag list." };
        var command = new Command("list", "List flagged reactions.") { reasons, statuses, minScore, sort, limit, offset, run, tsv, server, db, json };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var query = new FlagQuery(
                (result.GetValue(reasons) ?? []).Select(r => CurationNames.Parse<FlagReason>(r, "--reason")).ToHashSet(),
                (result.GetValue(statuses) ?? []).Select(s => CurationNames.Parse<ReviewStatus>(s, "--status")).ToHashSet(),
                result.GetValue(minScore), CurationNames.Parse<FlagOrder>(result.GetValue(sort)!, "--sort"), result.GetValue(run));
            if (query.MinScore is < 0 or > 1) return CliOutput.Error($"--min-score must be between 0 and 1, got {query.MinScore}");
            if (result.GetValue(limit) is < 1 or > InputLimits.MaxPageSize) return CliOutput.Error($"--limit must be 1 to {InputLimits.MaxPageSize}");
            if (result.GetValue(offset) < 0) return CliOutput.Error("--offset must be 0 or more");
            using var access = CurateCommand.Open(result, server, db, databases);
            if (result.GetValue(tsv)) return WriteTsv(access, query);
            var page = access.List(query, result.GetValue(offset), result.GetValue(limit))
                       ?? throw new InvalidOperationException("no flagging run stored yet: run `synthesis curate run` first");
            if (result.GetValue(json))
            {
                CliOutput.WriteJson(new { run = page.Run, total = page.Total, flags = page.Flags });
                return 0;
            }
            Console.WriteLine($"{page.Total:N0} flags match in run {page.Run.Id} ({page.Run.Mode}, model {page.Run.ModelVersion}, dataset version {page.Run.DatasetVersion})");
            foreach (var f in page.Flags)
                Console.WriteLine($"{f.Score:0.000}  {CurationNames.Of(f.Status),-15} {f.ReactionId,-16} {f.RecordedProduct} → {(f.PredictedProduct.Length > 0 ? f.PredictedProduct : "—")}"
                                  + $"  [{string.Join(", ", f.Reasons.Select(r => CurationNames.Of(r)))}]  {f.Id} rev {f.Revision}");
            return 0;
        }));
        return command;
    }

    private static int WriteTsv(Curation.ICurationAccess access, FlagQuery query)
    {
        Console.WriteLine("rank\tscore\treaction_id\tdoi\treasons\trecorded_product\tpredicted_product\tconfidence\tstatus\tflag_id");
        var rank = 0;
        foreach (var f in access.Every(query))
            Console.WriteLine(string.Join('\t', ++rank, f.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), f.ReactionId, f.Doi,
                string.Join(',', f.Reasons.Select(r => CurationNames.Of(r))), f.RecordedProduct, f.PredictedProduct,
                f.Confidence.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), CurationNames.Of(f.Status), f.Id));
        return 0;
    }

    private static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => CurationNames.Of(v)));
}
