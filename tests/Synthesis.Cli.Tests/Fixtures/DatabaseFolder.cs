using Synthesis.Data.Storage;

namespace Synthesis.Cli.Tests.Fixtures;

/// <summary>A temporary folder holding a reaction database that the test and its child processes take turns on; closed and deleted afterwards.</summary>
public abstract class DatabaseFolder : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("synthesis-faults-").FullName;

    protected string Database => Path.Combine(Folder, "reactions.db");

    public void Dispose()
    {
        ReactionDatabase.CloseAll();
        Directory.Delete(Folder, recursive: true);
    }
}
