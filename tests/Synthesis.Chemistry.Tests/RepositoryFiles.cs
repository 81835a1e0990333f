namespace Synthesis.Chemistry.Tests;

/// <summary>Files of the repository the tests read in place (datasets/), found above the test's build folder.</summary>
internal static class RepositoryFiles
{
    public static string Path(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Synthesis.sln")))
                return System.IO.Path.Combine([directory.FullName, .. parts]);
        throw new DirectoryNotFoundException("Synthesis.sln not found above the test's folder");
    }

    /// <summary>The protostructure column of datasets/properties/wren-examples.csv (68 labels).</summary>
    public static IReadOnlyList<string> WrenExampleLabels() =>
        File.ReadLines(Path("datasets", "properties", "wren-examples.csv")).Skip(1).Select(line => line.Split(',')[^1]).ToArray();
}
