namespace Synthesis.Models.Tests;

/// <summary>Files of the repository the tests read in place (datasets/, models/, bench/), found above the test's build folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Synthesis.sln"))) return directory.FullName;
        throw new DirectoryNotFoundException("Synthesis.sln not found above the test's folder");
    }
}
