using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Roost;

/// <summary>A trained Roost ensemble: composition → property with aleatoric and epistemic uncertainty.</summary>
public sealed class RoostModel : IDisposable
{
    private const int ChunkSize = 512;
    private readonly IReadOnlyList<RoostNetwork> _members;
    private readonly Device _device;

    public RoostModel(RoostManifest manifest, IReadOnlyList<RoostNetwork> members, Device device)
    {
        if (members.Count == 0) throw new ArgumentException("an ensemble needs at least one member");
        Manifest = manifest;
        _members = members;
        _device = device;
        foreach (var member in members) member.eval();
    }

    public RoostManifest Manifest { get; }

    public static string MemberFile(int member) => $"member-{member}.bin";

    /// <summary>Loads model.json and member-0.bin … member-(n−1).bin from <paramref name="directory"/>.</summary>
    public static RoostModel Load(string directory, Device device)
    {
        var manifest = ReadManifest(directory);
        var members = Enumerable.Range(0, manifest.Members)
            .Select(k => ModelFiles.LoadCompact(new RoostNetwork(manifest.Options), Path.Combine(directory, MemberFile(k)), device))
            .ToArray();
        return new RoostModel(manifest, members, device);
    }

    public static RoostManifest ReadManifest(string directory) => PropertyManifest.Read<RoostManifest>(directory, RoostManifest.RoostKind, "Roost");

    public static void WriteManifest(RoostManifest manifest, string directory) => PropertyManifest.Write(manifest, directory);

    public IReadOnlyList<PropertyPrediction> Predict(IReadOnlyList<Composition> compositions)
    {
        var results = new List<PropertyPrediction>(compositions.Count);
        using var inference = inference_mode();
        foreach (var chunk in compositions.Chunk(ChunkSize))
        {
            using var work = BatchScope.ForInference(chunk.Length);
            using var batch = CompositionBatch.Build(chunk, _device);
            results.AddRange(EnsembleAverage.Combine(_members.Select(m => m.Forward(batch)).ToArray(), Manifest.Scaling));
        }
        return results;
    }

    public void Dispose()
    {
        foreach (var member in _members) member.Dispose();
    }
}
