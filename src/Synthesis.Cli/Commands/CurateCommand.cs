using System.CommandLine;
using Synthesis.Cli.Curation;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Commands;

/// <summary>
/// `synthesis curate run | list | show | review | apply | export | report`: flag suspicious reactions, review them, export a
/// cleaner dataset. One owner per database file: with `--server` (or $SYNTHESIS_SERVER) list/show/review/export/report
/// go through that server's Curation service, otherwise they open the database file themselves.
/// </summary>
public static class CurateCommand
{
    /// <summary>Exit code of a review that lost a race: the flag moved on; read it again and resend.</summary>
    public const int Conflict = 3;

    public static Command Create() => new("curate", "Flag suspicious dataset reactions, review the flags, export a cleaner dataset.")
    {
        CurateRunCommand.Create(),
        CurateListCommand.Create(),
        CurateShowCommand.Create(),
        CurateReviewCommand.Create(),
        CurateApplyCommand.Create(),
        CurateExportCommand.Create(),
        CurateReportCommand.Create(),
        CurateSeedCommand.Seed(),
        CurateSeedCommand.Recall(),
    };

    public static Option<string?> ServerOption() => new("--server")
    {
        Description = $"A running server (host:port) that owns the database: go through its Curation service. Default: ${RemoteCuration.ServerVariable} if set; "
                      + $"otherwise the database file is opened directly. Reviews send ${RemoteCuration.ApiKeyVariable} as the API key.",
    };

    public static ICurationAccess Open(ParseResult result, Option<string?> server, Option<string?> db, DatabaseFiles databases)
    {
        var address = result.GetValue(server) ?? Environment.GetEnvironmentVariable(RemoteCuration.ServerVariable);
        if (string.IsNullOrWhiteSpace(address)) return new LocalCuration(databases.For(DatabasePath.Resolve(result.GetValue(db))));
        if (result.GetValue(db) is not null) throw new ArgumentException("--db and --server exclude each other: the server owns its database");
        return new RemoteCuration(address.Trim());
    }
}
