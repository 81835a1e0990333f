using Synthesis.Models.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties;

/// <summary>
/// What every property model's ensemble shares (Roost, Wren): members read from member-0.bin … member-(n−1).bin,
/// inference in chunks under one dispose scope each, the members' (mean, log σ) averaged into a value with aleatoric
/// and epistemic uncertainty (<see cref="EnsembleAverage"/>). The model supplies how a chunk of inputs becomes a batch
/// and how a member reads it.
/// </summary>
public sealed class PropertyEnsemble<TInput, TBatch, TNetwork> : IDisposable
    where TBatch : IDisposable
    where TNetwork : nn.Module
{
    private readonly IReadOnlyList<TNetwork> _members;
    private readonly Device _device;
    private readonly int _chunkSize;
    private readonly TargetScaling _scaling;
    private readonly Func<IReadOnlyList<TInput>, Device, TBatch> _build;
    private readonly Func<TNetwork, TBatch, (Tensor Mean, Tensor LogStd)> _forward;

    public PropertyEnsemble(IReadOnlyList<TNetwork> members, Device device, int chunkSize, TargetScaling scaling,
        Func<IReadOnlyList<TInput>, Device, TBatch> build, Func<TNetwork, TBatch, (Tensor Mean, Tensor LogStd)> forward)
    {
        if (members.Count == 0) throw new ArgumentException("an ensemble needs at least one member");
        (_members, _device, _chunkSize, _scaling, _build, _forward) = (members, device, chunkSize, scaling, build, forward);
        foreach (var member in members) member.eval();
    }

    public static string MemberFile(int member) => $"member-{member}.bin";

    /// <summary>Reads <paramref name="count"/> members' compact weights from <paramref name="directory"/> into fresh networks.</summary>
    public static IReadOnlyList<TNetwork> LoadMembers(string directory, int count, Func<TNetwork> create, Device device) =>
        Enumerable.Range(0, count).Select(k => ModelFiles.LoadCompact(create(), Path.Combine(directory, MemberFile(k)), device)).ToArray();

    public IReadOnlyList<PropertyPrediction> Predict(IReadOnlyList<TInput> inputs)
    {
        var results = new List<PropertyPrediction>(inputs.Count);
        using var inference = inference_mode();
        foreach (var chunk in inputs.Chunk(_chunkSize))
        {
            using var work = BatchScope.ForInference(chunk.Length);
            using var batch = _build(chunk, _device);
            results.AddRange(EnsembleAverage.Combine(_members.Select(m => _forward(m, batch)).ToArray(), _scaling));
        }
        return results;
    }

    public void Dispose()
    {
        foreach (var member in _members) member.Dispose();
    }
}
