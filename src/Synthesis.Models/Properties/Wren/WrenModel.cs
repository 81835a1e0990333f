using Synthesis.Chemistry.Wyckoff;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Wren;

/// <summary>
/// A trained Wren ensemble: protostructure label → property with aleatoric and epistemic uncertainty. Each member
/// averages over all equivalent labellings of the label, so any of them gives the same prediction.
/// </summary>
public sealed class WrenModel : IDisposable
{
    private const int ChunkSize = 128;
    private readonly PropertyEnsemble<ProtostructureLabel, WrenBatch, WrenNetwork> _ensemble;

    public WrenModel(WrenManifest manifest, IReadOnlyList<WrenNetwork> members, Device device)
    {
        Manifest = manifest;
        _ensemble = new(members, device, ChunkSize, manifest.Scaling, (labels, on) => WrenBatch.Build(labels, on), (member, batch) => member.Forward(batch));
    }

    public WrenManifest Manifest { get; }

    /// <summary>Loads model.json and member-0.bin … member-(n−1).bin from <paramref name="directory"/>.</summary>
    public static WrenModel Load(string directory, Device device)
    {
        var manifest = ReadManifest(directory);
        var members = PropertyEnsemble<ProtostructureLabel, WrenBatch, WrenNetwork>.LoadMembers(directory, manifest.Members, () => new WrenNetwork(manifest.Options), device);
        return new WrenModel(manifest, members, device);
    }

    public static WrenManifest ReadManifest(string directory) => PropertyManifest.Read<WrenManifest>(directory, WrenManifest.WrenKind, "Wren");

    public IReadOnlyList<PropertyPrediction> Predict(IReadOnlyList<ProtostructureLabel> labels) => _ensemble.Predict(labels);

    public void Dispose() => _ensemble.Dispose();
}
