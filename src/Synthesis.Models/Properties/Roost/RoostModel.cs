using Synthesis.Chemistry.Formulas;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Roost;

/// <summary>A trained Roost ensemble: composition → property with aleatoric and epistemic uncertainty.</summary>
public sealed class RoostModel : IDisposable
{
    private const int ChunkSize = 512;
    private readonly PropertyEnsemble<Composition, CompositionBatch, RoostNetwork> _ensemble;

    public RoostModel(RoostManifest manifest, IReadOnlyList<RoostNetwork> members, Device device)
    {
        Manifest = manifest;
        _ensemble = new(members, device, ChunkSize, manifest.Scaling, CompositionBatch.Build, (member, batch) => member.Forward(batch));
    }

    public RoostManifest Manifest { get; }

    public static string MemberFile(int member) => PropertyEnsemble<Composition, CompositionBatch, RoostNetwork>.MemberFile(member);

    /// <summary>Loads model.json and member-0.bin … member-(n−1).bin from <paramref name="directory"/>.</summary>
    public static RoostModel Load(string directory, Device device)
    {
        var manifest = ReadManifest(directory);
        var members = PropertyEnsemble<Composition, CompositionBatch, RoostNetwork>.LoadMembers(directory, manifest.Members, () => new RoostNetwork(manifest.Options), device);
        return new RoostModel(manifest, members, device);
    }

    public static RoostManifest ReadManifest(string directory) => PropertyManifest.Read<RoostManifest>(directory, RoostManifest.RoostKind, "Roost");

    public static void WriteManifest(RoostManifest manifest, string directory) => PropertyManifest.Write(manifest, directory);

    public IReadOnlyList<PropertyPrediction> Predict(IReadOnlyList<Composition> compositions) => _ensemble.Predict(compositions);

    public void Dispose() => _ensemble.Dispose();
}
