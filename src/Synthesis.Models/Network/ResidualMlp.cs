using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Synthesis.Models.Network;

/// <summary>
/// Feed-forward network with a skip connection around every hidden layer (identity where the width
/// stays, a bias-free projection where it changes), as in Roost's output networks:
/// x ← act(W x + b) + P x for each hidden layer, then a linear output. The activation is LeakyReLU, or ReLU (Roost's).
/// </summary>
public sealed class ResidualMlp : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<Linear> layers = new();
    private readonly ModuleList<nn.Module<Tensor, Tensor>> skips = new();
    private readonly Linear output;
    private readonly bool _leaky;

    public ResidualMlp(int input, IReadOnlyList<int> hidden, int outputs, bool leaky = true) : base(nameof(ResidualMlp))
    {
        _leaky = leaky;
        var width = input;
        foreach (var h in hidden)
        {
            layers.Add(nn.Linear(width, h));
            skips.Add(width == h ? nn.Identity() : nn.Linear(width, h, hasBias: false));
            width = h;
        }
        output = nn.Linear(width, outputs);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        for (var i = 0; i < layers.Count; i++) x = Activate(layers[i].forward(x)) + skips[i].forward(x);
        return output.forward(x);
    }

    private Tensor Activate(Tensor x) => _leaky ? nn.functional.leaky_relu(x) : nn.functional.relu(x);
}
