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

    /// <summary><see cref="CliOutput.Run"/>, plus one-line messages for a missing dataset or an unusable database file.</summary>
    public static int Run(Func<int> body) => CliOutput.Run(() =>
    {
        try
        {
            return body();
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
    });
}
