using System.Text.Json;
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

    public static RoostManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ModelFiles.Manifest);
        if (!File.Exists(path)) throw new FileNotFoundException($"no Roost model in '{directory}' ({ModelFiles.Manifest} is missing)");
        var manifest = JsonSerializer.Deserialize<RoostManifest>(File.ReadAllText(path), ModelFiles.Json) ?? throw new InvalidDataException($"{path} is empty");
        return manifest.Kind == "roost" ? manifest : throw new InvalidDataException($"{path} describes a '{manifest.Kind}' model, not Roost");
    }

    public static void WriteManifest(RoostManifest manifest, string directory) =>
        ModelFiles.WriteAtomically(Path.Combine(directory, ModelFiles.Manifest), JsonSerializer.SerializeToUtf8Bytes(manifest, ModelFiles.Json));

    public IReadOnlyList<PropertyPrediction> Predict(IReadOnlyList<Composition> compositions)
    {
        var results = new List<PropertyPrediction>(compositions.Count);
        using var inference = inference_mode();
        foreach (var chunk in compositions.Chunk(ChunkSize))
        {
            using var work = BatchScope.ForInference(chunk.Length);
            using var batch = CompositionBatch.Build(chunk, _device);
            var outputs = _members.Select(m => m.Forward(batch)).ToArray();
            var means = stack(outputs.Select(o => o.Mean).ToArray()).to(float64).cpu();
            var variances = stack(outputs.Select(o => (2 * o.LogStd).exp()).ToArray()).to(float64).cpu();
            var (mean, spread) = (means.mean([0]), _members.Count > 1 ? means.std(0) : zeros_like(means[0]));
            var aleatoric = variances.mean([0]).sqrt();
            var scale = Manifest.Scaling.Scale;
            for (var i = 0; i < chunk.Length; i++)
                results.Add(new PropertyPrediction(
                    mean[i].item<double>() * scale + Manifest.Scaling.Mean,
                    aleatoric[i].item<double>() * scale,
                    spread[i].item<double>() * scale));
        }
        return results;
    }

    public void Dispose()
    {
        foreach (var member in _members) member.Dispose();
    }
}
