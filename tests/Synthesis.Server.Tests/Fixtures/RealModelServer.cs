using Synthesis.Data.Storage;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// The server with the real <see cref="Synthesis.Models.Reactions.ReactionPredictor"/>, loaded through the server's own wiring from a
/// <see cref="TinyModel"/> trained here on the imported sample, with its candidate scorer, and the shipped property
/// models (models/roost and models/wren of the repository).
/// </summary>
public sealed class RealModelServer : ServerFixture
{
    private readonly string _model = Directory.CreateTempSubdirectory("synthesis-server-model-").FullName;

    /// <summary>The tiny model's folder, for tests that start server processes of their own.</summary>
    public string ModelDirectory => Path.Combine(_model, "model");

    protected override IEnumerable<KeyValuePair<string, string?>> Prepare()
    {
        using (var databases = new DatabaseFiles(DatabaseOwner.Cli)) // closed before the server opens the file
        {
            new Synthesis.Data.Import.ReactionImporter(databases.For(Database)).Import(Sample);
            TinyModel.Train(databases.For(Database), _model);
        }
        return
        [
            new("Synthesis:ModelDirectory", ModelDirectory),
            new("Synthesis:PropertyModelDirectory", Path.Combine(PythonClient.RepositoryRoot, "models", "roost")),
            new("Synthesis:StructureModelDirectory", Path.Combine(PythonClient.RepositoryRoot, "models", "wren")),
        ];
    }
}
