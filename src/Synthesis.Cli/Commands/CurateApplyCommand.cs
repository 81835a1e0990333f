using System.CommandLine;
using Synthesis.Cli.Curation;
using Synthesis.Data.Curation;

namespace Synthesis.Cli.Commands;

/// <summary>
/// `synthesis curate apply FILE...`: records a curator's judged flag lists (results/curation/*judged*.tsv) as reviews of
/// the latest run's flags — error → confirmed error (corrected when the row gives the corrected target), correct →
/// false alarm, unclear → left alone. Every row is checked before anything is written; flags already in the judged
/// state are left as they are, so applying a file twice changes nothing.
/// </summary>
public static class CurateApplyCommand
{
    public static Command Create()
    {
        var (server, db) = (CurateCommand.ServerOption(), DatabaseOption.Create());
        var files = new Argument<string[]>("files") { Description = "Tab-separated judgement files with reaction_id, judgement (error, correct, unclear), why and optionally corrected_target.", Arity = ArgumentArity.OneOrMore };
        var reviewer = new Option<string>("--reviewer") { Description = "Who judged (default: the user name).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("apply", "Record judged flag lists as reviews of the latest run's flags (idempotent).") { files, reviewer, server, db };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var judgements = Read(result.GetValue(files)!);
            var who = result.GetValue(reviewer)!;
            foreach (var judgement in judgements)
                if (judgement.Decision(who, 0) is { } decision) Check(judgement, decision);
            using var access = CurateCommand.Open(result, server, db, databases);
            var flags = access.Every(FlagQuery.All).ToDictionary(f => f.ReactionId, StringComparer.Ordinal);
            var counts = new Dictionary<string, int>();
            void Count(string what) => counts[what] = counts.GetValueOrDefault(what) + 1;
            foreach (var judgement in judgements)
            {
                if (!flags.TryGetValue(judgement.ReactionId, out var flag)) Count("not flagged in the latest run");
                else if (judgement.Decision(who, flag.Revision) is not { } decision) Count("unclear, left alone");
                else if (flag.Status == decision.Status) Count("already in that state");
                else
                    try
                    {
                        access.Review(flag.Id, decision);
                        Count(CurationNames.Of(decision.Status));
                    }
                    catch (ReviewConflictException)
                    {
                        Count("conflict (reviewed meanwhile; rerun to see)");
                    }
            }
            Console.WriteLine($"{judgements.Count:N0} judgements: " + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value:N0} {c.Key}")));
            return 0;
        }));
        return command;
    }

    private static List<Judgement> Read(IEnumerable<string> paths)
    {
        var all = new List<Judgement>();
        foreach (var path in paths)
        {
            using var reader = File.Exists(path) ? new StreamReader(path) : throw new ArgumentException($"no judgement file {path}");
            try
            {
                all.AddRange(JudgementFile.Read(reader));
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"{path}: {e.Message}");
            }
        }
        if (all.GroupBy(j => j.ReactionId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"reaction {twice.Key} is judged in more than one file");
        return all;
    }

    private static void Check(Judgement judgement, ReviewDecision decision)
    {
        try
        {
            ReviewDecisionCheck.Validate(decision);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"line {judgement.Line} (reaction {judgement.ReactionId}): {e.Message}");
        }
    }
}
