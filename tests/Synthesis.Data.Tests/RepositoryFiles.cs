namespace Synthesis.Data.Tests;

/// <summary>Files of the repository the tests read (datasets/…), found from the test assembly upwards.</summary>
internal static class RepositoryFiles
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root(), .. parts]);

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Synthesis.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no Synthesis.sln above the test assembly");
    }
}
