using System.Text.Json;

namespace Synthesis.Models.Reactions;

/// <summary>model.json: everything besides the weights that a trained reaction model needs and reports.</summary>
public sealed record ReactionModelManifest
{
    public string Version { get; init; } = "";
    public DateTime CreatedUtc { get; init; }
    public ReactionModelOptions Options { get; init; } = new();
    public int Members { get; init; }
    public string[] Elements { get; init; } = [];
    public float[] FeatureMean { get; init; } = [];
    public float[] FeatureScale { get; init; } = [];
    /// <summary>Presence threshold chosen on the validation set (best subset accuracy).</summary>
    public double Threshold { get; init; } = 0.5;
    public string Split { get; init; } = "grouped";
    public int MaxPrecursors { get; init; } = 10;
    public int Seed { get; init; }
    public int DatasetVersion { get; init; }
    public string DatasetSha256 { get; init; } = "";

    /// <summary>Reads model.json from a model folder, without its weights; a missing or empty file is refused by name.</summary>
    public static ReactionModelManifest Read(string directory)
    {
        var path = Path.Combine(directory, ModelFiles.Manifest);
        if (!File.Exists(path)) throw new FileNotFoundException($"no reaction model in '{directory}' (missing {ModelFiles.Manifest}); train one with `synthesis train reaction`");
        return JsonSerializer.Deserialize<ReactionModelManifest>(File.ReadAllBytes(path), ModelFiles.Json) ?? throw new InvalidDataException($"{path} is empty");
    }
}
