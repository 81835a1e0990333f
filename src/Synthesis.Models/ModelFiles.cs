using System.Text.Json;
using System.Text.Json.Serialization;
using Synthesis.Data.Statistics;
using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models;

/// <summary>File names and the compact (float16), atomic way model files are written.</summary>
public static class ModelFiles
{
    public const string Manifest = "model.json";
    public const string Autoencoder = "autoencoder.bin";
    public static string Classifier(int member) => $"classifier-{member}.bin";
    public static string Regressor(int member) => $"regressor-{member}.bin";

    /// <summary>
    /// The time a trained model's version ends with, to the second ("20261130T051530Z"): two models trained the same day
    /// (paper-10 and paper-10-small, random-3 and its Magpie ablations) no longer share a version, as they did with the date alone.
    /// </summary>
    public static string VersionStamp(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A trained file's part of a served version: <paramref name="name"/> ("-scorer") and the first 8 hex digits of the
    /// SHA-256 of its bytes, so that a retrained file is a new version though the model's manifest is not.
    /// </summary>
    public static string FileStamp(string name, byte[] file) => name + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file))[..8];

    /// <summary>The <see cref="FileStamp(string, byte[])"/> of the file at <paramref name="path"/>, empty when there is none.</summary>
    public static string FileStamp(string name, string path) => File.Exists(path) ? FileStamp(name, File.ReadAllBytes(path)) : "";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Whole or not at all (<see cref="AtomicFile"/>), so a killed process never leaves half a file.</summary>
    public static void WriteAtomically(string path, byte[] bytes) => AtomicFile.Write(path, temporary => File.WriteAllBytes(temporary, bytes));

    public static void WriteAtomically(string path, Action<Stream> write) => AtomicFile.Write(path, temporary =>
    {
        using var stream = File.Create(temporary);
        write(stream);
    });

    /// <summary>Saves a copy of the module's parameters in float16: half the bytes, and the ensemble's spread dwarfs the rounding.</summary>
    public static void SaveCompact(nn.Module module, string path)
    {
        var device = module.parameters().First().device;
        module.to(float16);
        try
        {
            WriteAtomically(path, stream => module.save(stream));
        }
        finally
        {
            module.to(float32).to(device);
        }
    }

    /// <summary>
    /// Loads weights saved by <see cref="SaveCompact{T}"/>. A file that cannot be read (truncated, damaged, another
    /// module's) or holds a non-finite weight is refused with an <see cref="InvalidDataException"/> naming it.
    /// </summary>
    public static T LoadCompact<T>(T module, string path, Device device) where T : nn.Module
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"model file '{path}' is missing");
        module.to(float16);
        try
        {
            using var stream = File.OpenRead(path);
            module.load(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"model file '{path}' cannot be read ({e.Message}): it may be truncated or damaged; copy it again or retrain the model", e);
        }
        module.to(float32).to(device);
        foreach (var (name, parameter) in module.named_parameters())
        {
            using var finite = parameter.isfinite().all();
            if (!finite.item<bool>())
                throw new InvalidDataException($"model file '{path}' holds non-finite weights (NaN or ∞) in {name}: the model was saved from a diverged training run or the file is damaged; retrain or restore it");
        }
        return module;
    }
}
