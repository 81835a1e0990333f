using LiteDB;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;

namespace Synthesis.Data.Tests;

/// <summary>A reaction database in a fresh temporary folder, closed and deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("synthesis-data-").FullName;
    public string Path => System.IO.Path.Combine(Folder, "reactions.db");
    public LiteDatabase Database => ReactionDatabase.For(Path);
    public LiteDbReactionRepository Repository => new(Database);

    public ImportResult Import(string file) => new ReactionImporter(Database).Import(file);

    public string Write(string name, params System.Text.Json.Nodes.JsonObject[] reactions) => SyntheticRecords.WriteDataset(Folder, name, reactions);

    public void Dispose()
    {
        ReactionDatabase.Close(Path);
        Directory.Delete(Folder, recursive: true);
    }
}
