using TorchSharp;
using Synthesis.Models.Profiling;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// The same parameter of every ensemble member stacked along a new first axis [M, …], so that one batched product
/// (bmm / baddbmm) applies a layer of all M members at once. Linear weights are stored transposed, [M, in, out],
/// ready for x [M, rows, in] · W [M, in, out]. A snapshot for inference: later changes to the members are not seen.
/// </summary>
internal sealed class StackedWeights : IDisposable
{
    private readonly Dictionary<string, Tensor> _stacked = new();

    public StackedWeights(IReadOnlyList<nn.Module> members)
    {
        if (members.Count == 0) throw new ArgumentException("an ensemble has at least one member");
        Members = members.Count;
        using var inference = no_grad();
        using var scope = NewDisposeScope();
        var parameters = members.Select(m => m.named_parameters().ToDictionary(p => p.name, p => p.parameter)).ToArray();
        foreach (var name in parameters[0].Keys)
        {
            var stacked = stack(parameters.Select(p => p[name]).ToArray());
            var linearWeight = name.EndsWith(".weight", StringComparison.Ordinal) && stacked.dim() == 3;
            _stacked[name] = (linearWeight ? stacked.transpose(1, 2).contiguous() : stacked).DetachFromDisposeScope();
        }
    }

    public int Members { get; }

    /// <summary>The stacked parameter <paramref name="name"/> (a member's own parameter name).</summary>
    public Tensor this[string name] => _stacked[name];

    public bool Contains(string name) => _stacked.ContainsKey(name);

    /// <summary>
    /// The members' linear layer <paramref name="prefix"/> on x [M, rows, in] (or one shared x [rows, in]):
    /// y_m = x_m W_mᵀ + b_m, [M, rows, out], one batched product.
    /// </summary>
    public Tensor Linear(Tensor x, string prefix)
    {
        var weight = _stacked[prefix + ".weight"];
        var input = x.dim() == 2 ? x.expand(Members, x.shape[0], x.shape[1]) : x;
        // bmm then an in-place bias: TorchSharp 0.107's baddbmm hands libtorch its arguments in another order.
        var product = bmm(input, weight);
        if (StageProfile.Recording) StageProfile.CountMultiplyAdds(Members * input.shape[1], weight.shape[1], weight.shape[2]);
        return _stacked.TryGetValue(prefix + ".bias", out var bias) ? product.add_(bias.unsqueeze(1)) : product;
    }

    /// <summary>An <see cref="Mlp"/> of every member: Linear → ReLU per hidden layer, then the output layer.</summary>
    public Tensor Mlp(Tensor x, string prefix)
    {
        for (var i = 0; Contains($"{prefix}.layers.{i}.weight"); i++) x = nn.functional.relu(Linear(x, $"{prefix}.layers.{i}"));
        return Linear(x, $"{prefix}.output");
    }

    public void Dispose()
    {
        foreach (var tensor in _stacked.Values) tensor.Dispose();
    }
}
