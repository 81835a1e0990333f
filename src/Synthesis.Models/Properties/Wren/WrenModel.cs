using Synthesis.Chemistry.Wyckoff;
using Synthesis.Models.Properties.Roost;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Wren;

/// <summary>
/// A trained Wren ensemble: protostructure label → property with aleatoric and epistemic uncertainty. Each member
/// averages over all equivalent labellings of the label, so any of them gives the same prediction.
/// </summary>
public sealed class WrenModel : IDisposable
{
    private const int ChunkSize = 128;
    private readonly IReadOnlyList<WrenNetwork> _members;
    private readonly Device _device;

    public WrenModel(WrenManifest manifest, IReadOnlyList<WrenNetwork> members, Device device)
    {
        if (members.Count == 0) throw new ArgumentException("an ensemble needs at least one member");
        Manifest = manifest;
        _members = members;
        _device = device;
        foreach (var member in members) member.eval();
    }

    public WrenManifest Manifest { get; }

    /// <summary>Loads model.json and member-0.bin … member-(n−1).bin from <paramref name="directory"/>.</summary>
    public static WrenModel Load(string directory, Device device)
    {
        var manifest = ReadManifest(directory);
        var members = Enumerable.Range(0, manifest.Members)
            .Select(k => ModelFiles.LoadCompact(new WrenNetwork(manifest.Options), Path.Combine(directory, RoostModel.MemberFile(k)), device))
            .ToArray();
        return new WrenModel(manifest, members, device);
    }

    public static WrenManifest ReadManifest(string directory) => PropertyManifest.Read<WrenManifest>(directory, WrenManifest.WrenKind, "Wren");

    public IReadOnlyList<PropertyPrediction> Predict(IReadOnlyList<ProtostructureLabel> labels)
    {
        var results = new List<PropertyPrediction>(labels.Count);
        using var inference = inference_mode();
        foreach (var chunk in labels.Chunk(ChunkSize))
        {
            using var work = BatchScope.ForInference(chunk.Length);
            using var batch = WrenBatch.Build(chunk, _device);
            results.AddRange(EnsembleAverage.Combine(_members.Select(m => m.Forward(batch)).ToArray(), Manifest.Scaling));
        }
        return results;
    }

    public void Dispose()
    {
        foreach (var member in _members) member.Dispose();
    }
}
