using System.Text.Json;
using Synthesis.Models.Properties.Roost;

namespace Synthesis.Models.Properties;

/// <summary>
/// What every property model's model.json holds besides its architecture (Roost's and Wren's manifests add their
/// options): the target, what it learnt from, the scaling, and how long each stage trained.
/// </summary>
public abstract record PropertyManifest
{
    /// <summary>"roost" or "wren": which network the member-k.bin files hold.</summary>
    public string Kind { get; init; } = "";
    public string Version { get; init; } = "";
    public DateTime CreatedUtc { get; init; }
    /// <summary>Members trained and shipped (may be fewer than the options ask).</summary>
    public int Members { get; init; }
    public string Target { get; init; } = "";
    public string Unit { get; init; } = "";
    /// <summary>What the model learnt from, in words (files, rows, pre-training).</summary>
    public string TrainingData { get; init; } = "";
    public TargetScaling Scaling { get; init; } = new(0, 1);
    public int Seed { get; init; }
    /// <summary>Mean absolute error on the held-out test set, when the harness measured it.</summary>
    public double? TestMae { get; init; }
    /// <summary>How long each stage trained ("pre-training 1/10", "member 1/10"): the size behind every figure.</summary>
    public Dictionary<string, StageSummary> Stages { get; init; } = [];

    /// <summary>Reads model.json from <paramref name="directory"/>, refusing one written for another kind of model.</summary>
    public static T Read<T>(string directory, string kind, string name) where T : PropertyManifest
    {
        var path = Path.Combine(directory, ModelFiles.Manifest);
        if (!File.Exists(path)) throw new FileNotFoundException($"no {name} model in '{directory}' ({ModelFiles.Manifest} is missing)");
        var manifest = JsonSerializer.Deserialize<T>(File.ReadAllText(path), ModelFiles.Json) ?? throw new InvalidDataException($"{path} is empty");
        return manifest.Kind == kind ? manifest : throw new InvalidDataException($"{path} describes a '{manifest.Kind}' model, not {name}");
    }

    public static void Write<T>(T manifest, string directory) where T : PropertyManifest =>
        ModelFiles.WriteAtomically(Path.Combine(directory, ModelFiles.Manifest), JsonSerializer.SerializeToUtf8Bytes(manifest, ModelFiles.Json));
}
