using System.CommandLine;
using Synthesis.Data.Curation;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis curate show FLAG`: everything about one flag, its review history and the source paragraph.</summary>
public static class CurateShowCommand
{
    public static Command Create()
    {
        var (server, db, json) = (CurateCommand.ServerOption(), DatabaseOption.Create(), CliOutput.JsonOption());
        var flagId = new Argument<string>("flag") { Description = "Flag id, as `synthesis curate list` shows it." };
        var command = new Command("show", "Show one flag with its evidence, review history and source paragraph.") { flagId, server, db, json };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            using var access = CurateCommand.Open(result, server, db, databases);
            var id = result.GetValue(flagId)!.Trim();
            if (access.Get(id) is not { } detail) return CliOutput.Error($"no flag with id '{Chemistry.InputLimits.Echo(id)}'");
            if (result.GetValue(json)) CliOutput.WriteJson(detail);
            else Print(detail);
            return 0;
        }));
        return command;
    }

    private static void Print(Curation.FlagDetail detail)
    {
        var f = detail.Flag;
        Console.WriteLine($"flag {f.Id}  revision {f.Revision}  {CurationNames.Of(f.Status)}  score {f.Score:0.000}");
        Console.WriteLine($"reaction {f.ReactionId}  doi {f.Doi}  (https://doi.org/{f.Doi})");
        Console.WriteLine($"  {f.ReactionString}");
        Console.WriteLine($"recorded product   {f.RecordedProduct}");
        Console.WriteLine($"predicted product  {(f.PredictedProduct.Length > 0 ? f.PredictedProduct : "—")}  (confidence {f.Confidence:0.000}; model {f.ModelVersion}{(f.InSample ? ", in sample" : "")})");
        Console.WriteLine($"reasons: {string.Join(", ", f.Reasons.Select(r => CurationNames.Of(r)))}");
        foreach (var finding in f.Findings) Console.WriteLine($"  rule {CurationNames.Of(finding.Reason)}: {finding.Detail}");
        if (f.Signals is { } s)
            Console.WriteLine($"signals: recorded rank {(s.RecordedRank > 0 ? s.RecordedRank.ToString() : "not a candidate")} (p {s.RecordedProbability:0.000}), "
                              + $"top p {s.TopProbability:0.000}, L1 {s.L1Error:0.000}, EleMD {s.EleMdError:0.00}, "
                              + $"extra [{string.Join(" ", s.ExtraElements)}] missing [{string.Join(" ", s.MissingElements)}], "
                              + $"neighbours agreeing with the model {s.NeighbourAgreement:P0} of {s.NeighboursConsidered}{(s.HasCandidates ? "" : " (no candidate scorer: model fractions)")}");
        foreach (var c in f.Candidates) Console.WriteLine($"  candidate {c.Formula,-24} p {c.Probability:0.000}  ({string.Join(", ", c.Sources)})");
        foreach (var n in f.Neighbours) Console.WriteLine($"  neighbour {n.Similarity:0.000}  {n.ReactionString}  (doi {n.Doi})");
        foreach (var r in detail.History)
            Console.WriteLine($"review {r.Revision}: {CurationNames.Of(r.Status)}{(r.CorrectedTarget is { } t ? $" → {t}" : "")} by {r.Reviewer} at {r.ReviewedUtc.ToUniversalTime():u}{(r.Note.Length > 0 ? $": {r.Note}" : "")}");
        if (detail.Paragraph is { } paragraph) Console.WriteLine($"paragraph: {paragraph}");
    }
}
