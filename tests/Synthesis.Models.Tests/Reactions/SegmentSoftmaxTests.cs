using Synthesis.Models.Reactions.Network;
using static TorchSharp.torch;
using Synthesis.Models.Network;

namespace Synthesis.Models.Tests.Reactions;

public class SegmentSoftmaxTests
{
    [Fact]
    public void EachGroupSumsToOneEvenWithScoresFarApart()
    {
        using var scope = NewDisposeScope();
        var scores = tensor(new float[] { 1000, 999, -1000, -1001, -1002, 5 });
        var segment = tensor(new long[] { 0, 0, 1, 1, 1, 2 });
        var weights = SegmentSoftmax.Apply(scores, segment, 3).data<float>().ToArray();
        Assert.All(weights, w => Assert.True(float.IsFinite(w)));
        Assert.Equal(1.0, weights[0] + weights[1], 5);
        Assert.Equal(1.0, weights[2] + weights[3] + weights[4], 5);
        Assert.Equal(1.0, weights[5], 5);
        Assert.Equal(1 / (1 + Math.Exp(-1)), weights[0], 5);
    }

    [Fact]
    public void WorksPerHeadAndPassesGradients()
    {
        using var scope = NewDisposeScope();
        var scores = randn(5, 3, requires_grad: true);
        var segment = tensor(new long[] { 0, 0, 1, 1, 1 });
        var weights = SegmentSoftmax.Apply(scores, segment, 2);
        var sums = zeros(2, 3).index_add(0, segment, weights, 1);
        Assert.True(sums.allclose(ones(2, 3), atol: 1e-5));
        (weights * arange(15).view(5, 3)).sum().backward();
        Assert.True(scores.grad!.abs().sum().item<float>() > 0);
    }
}
