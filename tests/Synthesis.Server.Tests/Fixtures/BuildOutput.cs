namespace Synthesis.Server.Tests.Fixtures;

/// <summary>Where the build put a project of this repository, in the configuration these tests were built in.</summary>
public static class BuildOutput
{
    /// <summary>
    /// The output folder of src/<paramref name="project"/>: this test assembly's folder, tests/&lt;tests&gt;/bin/Release/net10.0/linux-x64,
    /// with its first two parts replaced.
    /// </summary>
    public static string Of(string project)
    {
        var below = Path.GetRelativePath(Path.Combine(PythonClient.RepositoryRoot, "tests"), AppContext.BaseDirectory)
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Skip(1);
        return Path.Combine([PythonClient.RepositoryRoot, "src", project, .. below]);
    }
}
