using Synthesis.Cli;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Synthesis.Cli.Tests;

/// <summary>Runs the `synthesis` command tree in-process and captures what it prints (tests run one at a time: Console is global).</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        var (capturedOut, capturedError) = (new StringWriter(), new StringWriter());
        Console.SetOut(capturedOut);
        Console.SetError(capturedError);
        try
        {
            var exitCode = SynthesisCommandLine.Run(args);
            return (exitCode, capturedOut.ToString(), capturedError.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    /// <summary>The repository root (where Synthesis.sln is), for the shipped model and datasets.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Synthesis.sln"))) return directory.FullName;
        throw new DirectoryNotFoundException("Synthesis.sln not found above the test's folder");
    }
}
