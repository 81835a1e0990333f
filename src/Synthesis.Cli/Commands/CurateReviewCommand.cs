using System.CommandLine;
using Synthesis.Data.Curation;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis curate review FLAG --status ... --revision N`: records a decision; exit 3 when someone else reviewed the flag first.</summary>
public static class CurateReviewCommand
{
    public static Command Create()
    {
        var (server, db) = (CurateCommand.ServerOption(), DatabaseOption.Create());
        var flagId = new Argument<string>("flag") { Description = "Flag id." };
        var status = new Option<string>("--status")
        {
            Description = $"The decision: {string.Join(", ", Enum.GetValues<ReviewStatus>().Select(v => CurationNames.Of(v)))}.", Required = true,
        };
        var target = new Option<string?>("--target") { Description = "The corrected target formula (with --status corrected), e.g. La0.7Ca0.3MnO3." };
        var reviewer = new Option<string>("--reviewer") { Description = "Who decides (default: the user name).", DefaultValueFactory = _ => Environment.UserName };
        var note = new Option<string>("--note") { Description = "Why, for the next curator.", DefaultValueFactory = _ => "" };
        var revision = new Option<int>("--revision") { Description = "The flag's revision you decided on, as `curate show` printed it (0 if unreviewed).", Required = true };
        var command = new Command("review", "Record a decision on a flag (optimistic: a flag reviewed since --revision is a conflict, exit 3).")
        {
            flagId, status, target, reviewer, note, revision, server, db,
        };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var decision = new ReviewDecision(CurationNames.Parse<ReviewStatus>(result.GetValue(status)!, "--status"), result.GetValue(target),
                result.GetValue(reviewer)!, result.GetValue(note)!, result.GetValue(revision));
            ReviewDecisionCheck.Validate(decision);
            using var access = CurateCommand.Open(result, server, db, databases);
            var id = result.GetValue(flagId)!.Trim();
            try
            {
                if (access.Review(id, decision) is not { } flag) return CliOutput.Error($"no flag with id '{Chemistry.InputLimits.Echo(id)}'");
                Console.WriteLine($"flag {flag.Id} is now {CurationNames.Of(flag.Status)} (revision {flag.Revision})");
                return 0;
            }
            catch (ReviewConflictException e)
            {
                Console.Error.WriteLine($"synthesis: conflict: {e.Message}");
                return CurateCommand.Conflict;
            }
        }));
        return command;
    }
}
