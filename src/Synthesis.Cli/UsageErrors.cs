using System.CommandLine;
using System.CommandLine.Parsing;
using Synthesis.Cli.Commands;

namespace Synthesis.Cli;

/// <summary>
/// A command line that does not parse (missing argument, unknown option, no command) gets one line on stderr,
/// the problem (a word it did not understand, else the first) and where the help is, and exit code 2, instead of the whole help and exit code 1.
/// </summary>
public static class UsageErrors
{
    public static int Invoke(ParseResult result)
    {
        if (result.Errors.Count == 0) return result.Invoke();
        // A misspelt command also leaves "no command given": the word not understood is the one to name.
        var error = result.Errors.FirstOrDefault(e => result.UnmatchedTokens.Any(token => e.Message.Contains($"'{token}'", StringComparison.Ordinal)))
                    ?? result.Errors[0];
        Console.Error.WriteLine($"synthesis: {error.Message.TrimEnd('.')} (see: {CommandPath(result.CommandResult)} --help)");
        return CliOutput.BadInput;
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult c; result = c.Parent)
            names.Insert(0, c.Parent is null ? "synthesis" : c.Command.Name);
        return string.Join(" ", names);
    }
}
