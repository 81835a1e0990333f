using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Synthesis.Models.Network;

/// <summary>
/// Feed-forward network with a skip connection around every hidden layer (identity where the width
/// stays, a bias-free projection where it changes), as in Roost's output networks.
/// </summary>
public sealed class ResidualMlp : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<Linear> layers = new();
    private readonly ModuleList<nn.Module<Tensor, Tensor>> skips = new();
    private readonly Linear output;

    public ResidualMlp(int input, IReadOnlyList<int> hidden, int outputs) : base(nameof(ResidualMlp))
    {
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
        for (var i = 0; i < layers.Count; i++) x = nn.functional.leaky_relu(layers[i].forward(x)) + skips[i].forward(x);
        return output.forward(x);
    }
}
