using Synthesis.Chemistry.Features;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Caching;
using Synthesis.Models.Reactions.Inference;

namespace Synthesis.Models.Reactions.Encoding;

/// <summary>
/// Standardised Magpie vectors of precursors. Mean and scale come from the training precursors and are
/// saved with the model; vectors are cached per formula because the same few hundred precursors recur (at most
/// <paramref name="cacheCapacity"/> formulas, least recently used evicted: a server meets formulas without end).
/// </summary>
public sealed class PrecursorFeaturizer(float[] mean, float[] scale, int? cacheCapacity = null)
{
    private readonly BoundedCache<string, float[]> _cache = new(cacheCapacity ?? InferenceCacheOptions.Default.Precursors);

    public float[] Mean { get; } = mean;
    public float[] Scale { get; } = scale;
    public static int Dimension => MagpieFeatures.Count;

    public static PrecursorFeaturizer Fit(IEnumerable<Composition> precursors)
    {
        var vectors = precursors.DistinctBy(p => p.ToFormula()).Select(MagpieFeatures.Compute).ToArray();
        var mean = new float[Dimension];
        var scale = new float[Dimension];
        for (var j = 0; j < Dimension; j++)
        {
            var column = vectors.Select(v => (double)v[j]).ToArray();
            var m = column.Average();
            var sd = Math.Sqrt(column.Sum(x => (x - m) * (x - m)) / Math.Max(1, column.Length - 1));
            mean[j] = (float)m;
            scale[j] = sd > 1e-8 ? (float)sd : 1f;
        }
        return new PrecursorFeaturizer(mean, scale);
    }

    public float[] Features(Composition precursor) =>
        _cache.GetOrAdd(precursor.ToFormula(), _ =>
        {
            var raw = MagpieFeatures.Compute(precursor);
            return raw.Select((v, j) => (v - Mean[j]) / Scale[j]).ToArray();
        });
}
