using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Export;

/// <summary>
/// Named tensors in two files any language reads without TorchSharp: <c>tensors.bin</c>, the tensors' values one after
/// another as raw little-endian arrays in row-major order, and <c>index.json</c>,
/// <c>{"format": "synthesis-tensors-1", "tensors": {name: {"dtype", "shape", "offset"}}, …}</c> with each tensor's type
/// (float32, int64 or uint8 for booleans), shape and byte offset, plus whatever else the writer adds
/// (<see cref="Describe"/>). numpy: <c>np.fromfile(bin, dtype, count=prod(shape), offset=offset).reshape(shape)</c>.
/// </summary>
public sealed class TensorArchive : IDisposable
{
    public const string Format = "synthesis-tensors-1";
    public const string DataFile = "tensors.bin";
    public const string IndexFile = "index.json";

    private readonly string _directory;
    private readonly FileStream _data;
    private readonly JsonObject _tensors = new();
    private readonly JsonObject _index;

    public TensorArchive(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        _data = File.Create(Path.Combine(directory, DataFile));
        _index = new JsonObject { ["format"] = Format, ["tensors"] = _tensors };
    }

    /// <summary>Adds a tensor (float32, int64 or bool; other floating types are written as float32).</summary>
    public void Add(string name, Tensor tensor)
    {
        if (_tensors.ContainsKey(name)) throw new ArgumentException($"tensor '{name}' is already in the archive");
        using var cpu = tensor.detach().cpu().contiguous();
        var (dtype, bytes) = cpu.dtype switch
        {
            ScalarType.Int64 => ("int64", MemoryMarshal.AsBytes<long>(cpu.data<long>().ToArray()).ToArray()),
            ScalarType.Bool => ("uint8", cpu.data<bool>().Select(b => b ? (byte)1 : (byte)0).ToArray()),
            _ when cpu.is_floating_point() => ("float32", FloatBytes(cpu)),
            _ => throw new ArgumentException($"tensor '{name}' has type {cpu.dtype}; the archive holds float32, int64 and bool"),
        };
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("the tensor archive is written little-endian");
        _tensors[name] = new JsonObject
        {
            ["dtype"] = dtype,
            ["shape"] = new JsonArray(cpu.shape.Select(d => (JsonNode)d).ToArray()),
            ["offset"] = _data.Position,
        };
        _data.Write(bytes);
    }

    /// <summary>Adds a top-level entry of the index beside "tensors" (what the tensors are, for the reader).</summary>
    public void Describe(string key, JsonNode value) => _index[key] = value;

    public static JsonNode ToJson<T>(T value, JsonSerializerOptions options) => JsonSerializer.SerializeToNode(value, options)!;

    private static byte[] FloatBytes(Tensor cpu)
    {
        using var single = cpu.to(float32);
        return MemoryMarshal.AsBytes<float>(single.data<float>().ToArray()).ToArray();
    }

    /// <summary>Closes the data file and writes the index (last, so an index always describes a complete data file).</summary>
    public void Dispose()
    {
        _data.Dispose();
        File.WriteAllText(Path.Combine(_directory, IndexFile), _index.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
