using System.Collections.Concurrent;
using Synthesis.Models.Properties.Roost;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Server.Startup;

/// <summary>
/// The property models under one folder (default models/roost): a sub-folder with a Roost model.json is a model named
/// after the folder. Manifests are read at start; weights load on first use (a few MB each) and stay loaded.
/// </summary>
public sealed class PropertyModels : IDisposable
{
    public const string DefaultFolder = "models/roost";
    public const string DefaultModel = "expt-non-metals-from-mp-non-metals";

    private readonly Dictionary<string, (string Folder, RoostManifest Manifest)> _available;
    private readonly ConcurrentDictionary<string, Lazy<RoostModel>> _loaded = new();
    private readonly Device _device;

    public PropertyModels(string folder, string device = "cpu")
    {
        _device = ComputeDevice.Select(device, _ => { });
        _available = Directory.Exists(folder)
            ? Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, Synthesis.Models.ModelFiles.Manifest)))
                .ToDictionary(d => Path.GetFileName(d), d => (d, RoostModel.ReadManifest(d)), StringComparer.Ordinal)
            : [];
    }

    public IEnumerable<(string Name, RoostManifest Manifest)> Available => _available.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => (m.Key, m.Value.Manifest));

    public bool Has(string name) => _available.ContainsKey(name);

    public RoostModel Get(string name) =>
        _loaded.GetOrAdd(name, n => new Lazy<RoostModel>(() => RoostModel.Load(_available[n].Folder, _device))).Value;

    public void Dispose()
    {
        foreach (var model in _loaded.Values.Where(l => l.IsValueCreated)) model.Value.Dispose();
    }
}
