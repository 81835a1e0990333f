using Synthesis.Data.Storage;

namespace Synthesis.Cli.Tests.Fixtures;

/// <summary>A temporary folder holding a reaction database that the test and its child processes take turns on; closed and deleted afterwards.</summary>
public abstract class DatabaseFolder : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("synthesis-faults-").FullName;

    protected string Database => Path.Combine(Folder, "reactions.db");

    /// <summary>The files the test itself opens, as one host; close them before a child process takes its turn.</summary>
    protected DatabaseFiles Files { get; } = new(DatabaseOwner.Cli);

    public void Dispose()
    {
        Files.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
