using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Synthesis.Models.Network;

/// <summary>A plain feed-forward network: Linear → ReLU for each hidden width, then a linear output.</summary>
public sealed class Mlp : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<Linear> layers = new();
    private readonly Linear output;

    public Mlp(int input, IReadOnlyList<int> hidden, int outputs) : base(nameof(Mlp))
    {
        var width = input;
        foreach (var h in hidden)
        {
            layers.Add(nn.Linear(width, h));
            width = h;
        }
        output = nn.Linear(width, outputs);
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        foreach (var layer in layers) x = nn.functional.relu(layer.forward(x));
        return output.forward(x);
    }
}
