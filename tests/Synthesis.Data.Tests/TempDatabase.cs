using LiteDB;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;

namespace Synthesis.Data.Tests;

/// <summary>A reaction database in a fresh temporary folder, opened as one host would, closed and deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly DatabaseFiles _files = new(DatabaseOwner.Cli);

    public string Folder { get; } = Directory.CreateTempSubdirectory("synthesis-data-").FullName;
    public string Path => System.IO.Path.Combine(Folder, "reactions.db");
    public LiteDatabase Database => _files.For(Path);
    public LiteDbReactionRepository Repository => new(Database);

    public ImportResult Import(string file) => new ReactionImporter(Database).Import(file);

    public string Write(string name, params System.Text.Json.Nodes.JsonObject[] reactions) => SyntheticRecords.WriteDataset(Folder, name, reactions);

    /// <summary>Closes the file and lets go of its lock (the next <see cref="Database"/> opens it again).</summary>
    public void Close() => _files.Close(Path);

    public void Dispose()
    {
        _files.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
