using Synthesis.Models.Network;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Properties;

public sealed class WeightedAttentionTests
{
    [Fact]
    public void Equal_scores_share_attention_in_proportion_to_the_weights()
    {
        // a_r = w_r e^(s_r) / Σ w e^s: with equal scores, fractions 0.25 and 0.75 get attention 0.25 and 0.75.
        using var scope = NewDisposeScope();
        var attention = SegmentSoftmax.Apply(tensor(new float[] { 2, 2, 7 }), tensor(new long[] { 0, 0, 1 }), 2, tensor(new float[] { 0.25f, 0.75f, 1 }))
            .data<float>().ToArray();
        Assert.Equal(0.25, attention[0], 5);
        Assert.Equal(0.75, attention[1], 5);
        Assert.Equal(1.0, attention[2], 5);
    }
}
