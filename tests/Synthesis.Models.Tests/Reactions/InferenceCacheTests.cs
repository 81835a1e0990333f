using Synthesis.Models.Caching;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Inference;

namespace Synthesis.Models.Tests.Reactions;

/// <summary>
/// The caches of per-precursor and per-action-sequence work: a cached answer is the uncached one (within 1e-6), cold or
/// warm, and a cache never holds more than its bound however many distinct inputs pass.
/// </summary>
public sealed class InferenceCacheTests
{
    private const float Tolerance = 1e-6f;

    [Fact]
    public void CachedAnswersEqualUncachedOnesAndTheCachesStayWithinTheirBounds()
    {
        var options = SyntheticReactions.TinyTraining(epochs: 1).Model with { RegressorPrecursorMixture = true };
        var examples = SyntheticReactions.Make(60, 23); // 10 distinct precursors, 2 action sequences
        var small = new InferenceCacheOptions { Precursors = 4, ActionSequences = 1 };
        using var uncached = RandomReactionModel.Make(options, members: 3, examples, InferenceCacheOptions.None);
        using var cached = RandomReactionModel.Make(options, members: 3, examples);
        using var bounded = RandomReactionModel.Make(options, members: 3, examples, small);

        var reference = uncached.Predict(examples, batchSize: 16);
        var cold = cached.Predict(examples, batchSize: 16);
        var warm = cached.Predict(examples.Reverse().ToArray(), batchSize: 7);
        var churned = bounded.Predict(examples, batchSize: 5);

        for (var i = 0; i < examples.Length; i++)
        {
            var w = examples.Length - 1 - i;
            foreach (var (answer, row) in new[] { (cold, i), (warm, w), (churned, i) })
            {
                Assert.Equal(reference.Present[i], answer.Present[row]);
                AssertClose(reference.Probabilities[i], answer.Probabilities[row]);
                AssertClose(reference.Fractions[i], answer.Fractions[row]);
                AssertClose(reference.Embeddings[i], answer.Embeddings[row]);
                AssertClose([reference.Uncertainty[i]], [answer.Uncertainty[row]]);
            }
        }
        Assert.Equal((0, 0), uncached.CachedEntries);
        Assert.Equal((10, 2), cached.CachedEntries);
        Assert.Equal((4, 1), bounded.CachedEntries);
    }

    [Fact]
    public void TheLeastRecentlyUsedEntryIsEvicted()
    {
        var cache = new BoundedCache<string, int>(2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        Assert.True(cache.TryGet("a", out _)); // a is now more recent than b
        cache.Set("c", 3);
        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out var a) && a == 1);
        Assert.True(cache.TryGet("c", out var c) && c == 3);
        Assert.Equal(0, new BoundedCache<string, int>(0).GetOrAdd("x", _ => 5) is 5 ? 0 : 1);
    }

    [Fact]
    public void ConcurrentUseKeepsTheBound()
    {
        var cache = new BoundedCache<int, int>(16);
        Parallel.For(0, 4, worker =>
        {
            for (var i = 0; i < 5000; i++) cache.GetOrAdd((worker * 7919 + i) % 97, key => key * 2);
        });
        Assert.InRange(cache.Count, 1, 16);
        for (var key = 0; key < 97; key++)
            if (cache.TryGet(key, out var value)) Assert.Equal(key * 2, value);
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        var largest = expected.Zip(actual, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(largest <= Tolerance, $"largest difference {largest:g3} above {Tolerance:g1}");
    }
}
