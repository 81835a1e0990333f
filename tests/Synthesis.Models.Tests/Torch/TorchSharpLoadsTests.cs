using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Torch;

/// <summary>TorchSharp must load on Debian 12 (see build/TorchSharpOnOlderLibstdcxx.targets) and differentiate correctly.</summary>
public class TorchSharpLoadsTests
{
    [Fact]
    public void LstmAndLinearGradientsMatchFiniteDifferences()
    {
        using var scope = NewDisposeScope();
        random.manual_seed(7);
        var lstm = nn.LSTM(3, 4, batchFirst: true);
        var head = nn.Linear(4, 1);
        lstm.to(float64);
        head.to(float64);
        var input = randn(2, 5, 3, dtype: float64);

        double Loss()
        {
            using var _ = no_grad();
            var (output, _, _) = lstm.forward(input);
            return head.forward(output[.., -1, ..]).pow(2).sum().item<double>();
        }

        var (output, _, _) = lstm.forward(input);
        head.forward(output[.., -1, ..]).pow(2).sum().backward();

        var parameters = lstm.parameters().Concat(head.parameters()).ToArray();
        var checkedCount = 0;
        foreach (var parameter in parameters)
        {
            var analytic = parameter.grad!.flatten();
            var flat = parameter.detach().flatten();
            foreach (var index in new long[] { 0, flat.shape[0] / 2, flat.shape[0] - 1 })
            {
                const double h = 1e-6;
                var original = flat[index].item<double>();
                using (no_grad()) flat[index] = tensor(original + h, float64);
                var up = Loss();
                using (no_grad()) flat[index] = tensor(original - h, float64);
                var down = Loss();
                using (no_grad()) flat[index] = tensor(original, float64);
                var numeric = (up - down) / (2 * h);
                Assert.Equal(numeric, analytic[index].item<double>(), 6);
                checkedCount++;
            }
        }
        Assert.Equal(parameters.Length * 3, checkedCount);
    }

    [Fact]
    public void TinyModelTrainsDownItsLoss()
    {
        using var scope = NewDisposeScope();
        random.manual_seed(1);
        var model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1));
        var x = rand(64, 2);
        var y = (x[.., 0] * 2 - x[.., 1]).unsqueeze(1);
        var optimizer = optim.Adam(model.parameters(), lr: 0.02);
        double first = 0, last = 0;
        for (var step = 0; step < 300; step++)
        {
            optimizer.zero_grad();
            var loss = nn.functional.mse_loss(model.forward(x), y);
            loss.backward();
            optimizer.step();
            if (step == 0) first = loss.item<float>();
            last = loss.item<float>();
        }
        Assert.True(last < first / 20, $"loss went from {first} to {last}");
    }
}
