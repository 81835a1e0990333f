using System.CommandLine;
using LiteDB;
using Synthesis.Data.Storage;

namespace Synthesis.Cli.Commands;

/// <summary>The `--db` option of the dataset commands and their error handling around the database.</summary>
public static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"Reaction database file (LiteDB). Default: ${DatabasePath.EnvironmentVariable} if set, else {DatabasePath.Default} under the current directory.",
    };

    /// <summary>
    /// The database a command reads: --db, $SYNTHESIS_DB or the default, which must exist. Opening a missing file
    /// would create it (and its folder) empty, so that the command then fails further on, or answers from nothing.
    /// </summary>
    public static string Existing(string? option)
    {
        var path = DatabasePath.Resolve(option);
        return File.Exists(path) ? path
            : throw new InvalidOperationException($"the reaction database {path} does not exist: import the dataset first (synthesis import <dataset> --db {path}), or point --db at an existing one");
    }

    /// <summary>
    /// Runs a command's <paramref name="body"/> with the database files it opens (closed when it returns, so that the
    /// next command or a server may open them), in <see cref="CliOutput.Run"/>, plus one-line messages for a missing
    /// dataset or a database in use (exit code 2), an unusable database file or a failed write (exit code 1).
    /// </summary>
    public static int Run(Func<DatabaseFiles, int> body) => CliOutput.Run(() =>
    {
        try
        {
            using var databases = new DatabaseFiles(DatabaseOwner.Cli);
            return body(databases);
        }
        catch (InvalidOperationException e)
        {
            return CliOutput.Error(e.Message);
        }
        catch (LiteException e)
        {
            CliOutput.Error($"database error: {e.Message}");
            return CliOutput.Failure;
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException))
        {
            // A failed read or write (a full disk above all): its message names the file, and the store's says what was kept.
            CliOutput.Error(e.Message);
            return CliOutput.Failure;
        }
    });
}
