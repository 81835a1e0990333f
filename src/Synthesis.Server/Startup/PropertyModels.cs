using System.Collections.Concurrent;
using Synthesis.Models.Properties;
using Synthesis.Models.Properties.Roost;
using Synthesis.Models.Properties.Wren;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Server.Startup;

/// <summary>
/// The property models: each sub-folder of the composition folder (default models/roost) with a Roost model.json,
/// and each of the structure folder (default models/wren) with a Wren one, is a model named after its folder; names
/// are unique across both. Manifests are read at start; weights load on first use (a few MB each) and stay loaded.
/// </summary>
public sealed class PropertyModels : IDisposable
{
    public const string DefaultCompositionFolder = "models/roost";
    public const string DefaultStructureFolder = "models/wren";
    public const string DefaultCompositionModel = "expt-non-metals-from-mp-non-metals";
    public const string DefaultStructureModel = "matbench_phonons";

    private readonly Dictionary<string, PropertyModelEntry> _available;
    private readonly ConcurrentDictionary<string, Lazy<IDisposable>> _loaded = new();
    private readonly Device _device;

    public PropertyModels(string compositionFolder, string structureFolder, string device = "cpu")
    {
        _device = ComputeDevice.Select(device, _ => { });
        _available = new Dictionary<string, PropertyModelEntry>(StringComparer.Ordinal);
        foreach (var entry in Read(compositionFolder, PropertyInput.Composition, RoostModel.ReadManifest)
                     .Concat(Read(structureFolder, PropertyInput.Structure, WrenModel.ReadManifest)))
            if (!_available.TryAdd(entry.Name, entry))
                throw new InvalidDataException($"two property models are named '{entry.Name}' ({_available[entry.Name].Folder} and {entry.Folder}); rename one folder");
    }

    /// <summary>Every model, by name in ordinal order.</summary>
    public IEnumerable<PropertyModelEntry> Available => _available.Values.OrderBy(m => m.Name, StringComparer.Ordinal);

    public bool Has(string name) => _available.ContainsKey(name);

    /// <summary>The model called <paramref name="name"/>, or null.</summary>
    public PropertyModelEntry? Find(string name) => _available.GetValueOrDefault(name);

    /// <summary>The composition model <paramref name="name"/> (a name the validator accepted for PredictComposition).</summary>
    public RoostModel Composition(string name) => Load(name, PropertyInput.Composition, folder => RoostModel.Load(folder, _device));

    /// <summary>The structure model <paramref name="name"/> (a name the validator accepted for PredictStructure).</summary>
    public WrenModel Structure(string name) => Load(name, PropertyInput.Structure, folder => WrenModel.Load(folder, _device));

    public void Dispose()
    {
        foreach (var model in _loaded.Values.Where(l => l.IsValueCreated)) model.Value.Dispose();
    }

    private T Load<T>(string name, PropertyInput input, Func<string, T> load) where T : IDisposable
    {
        var entry = _available[name];
        if (entry.Input != input) throw new InvalidOperationException($"'{name}' is a {entry.Input} model, not a {input} one");
        return (T)_loaded.GetOrAdd(name, _ => new Lazy<IDisposable>(() => load(entry.Folder))).Value;
    }

    private static IEnumerable<PropertyModelEntry> Read(string folder, PropertyInput input, Func<string, PropertyManifest> manifest) =>
        Directory.Exists(folder)
            ? Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, Synthesis.Models.ModelFiles.Manifest)))
                .Select(d => new PropertyModelEntry(Path.GetFileName(d), input, d, manifest(d)))
            : [];
}
