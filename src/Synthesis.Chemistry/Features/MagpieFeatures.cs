using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Features;

/// <summary>
/// The 145 Magpie composition features (Ward et al. 2016, as matminer computes them) in a fixed order:
/// stoichiometry p-norms (6), 22 element properties × 6 statistics (132), valence-orbital fractions (4),
/// ion properties (3).
/// </summary>
public static class MagpieFeatures
{
    public static readonly IReadOnlyList<string> Properties =
    [
        "Number", "MendeleevNumber", "AtomicWeight", "MeltingT", "Column", "Row", "CovalentRadius", "Electronegativity",
        "NsValence", "NpValence", "NdValence", "NfValence", "NValence",
        "NsUnfilled", "NpUnfilled", "NdUnfilled", "NfUnfilled", "NUnfilled",
        "GSvolume_pa", "GSbandgap", "GSmagmom", "SpaceGroupNumber",
    ];

    public static readonly IReadOnlyList<string> Statistics = ["minimum", "maximum", "range", "mean", "avg_dev", "mode"];

    private static readonly int[] PNorms = [0, 2, 3, 5, 7, 10];

    public static readonly IReadOnlyList<string> Names =
    [
        .. PNorms.Select(p => $"{p}-norm"),
        .. Properties.SelectMany(p => Statistics.Select(s => $"{s} {p}")),
        "frac s valence electrons", "frac p valence electrons", "frac d valence electrons", "frac f valence electrons",
        "compound possible", "max ionic char", "avg ionic char",
    ];

    public static int Count => Names.Count;

    public static float[] Compute(Composition composition) => Compute(composition, ElementTable.Default);

    public static float[] Compute(Composition composition, ElementTable table)
    {
        var fractions = composition.Normalised().ToArray();
        var features = new List<double>(Count);
        features.AddRange(PNorms.Select(p => p == 0 ? fractions.Length : Math.Pow(fractions.Sum(f => Math.Pow(f.Value, p)), 1.0 / p)));
        foreach (var property in Properties)
            features.AddRange(WeightedStatistics(fractions.Select(f => (table.Property(property, f.Key), f.Value)).ToArray()));
        features.AddRange(ValenceOrbitalFractions(fractions, table));
        features.AddRange(IonProperties.Compute(fractions, table));
        return features.Select(v => (float)v).ToArray();
    }

    /// <summary>minimum, maximum, range, fraction-weighted mean, mean absolute deviation, value of the most abundant element.</summary>
    internal static double[] WeightedStatistics((double Value, double Weight)[] data)
    {
        var min = data.Min(d => d.Value);
        var max = data.Max(d => d.Value);
        var mean = data.Sum(d => d.Value * d.Weight);
        var deviation = data.Sum(d => Math.Abs(d.Value - mean) * d.Weight);
        var topWeight = data.Max(d => d.Weight);
        // Ties in abundance take the smallest value, as matminer does.
        var mode = data.Where(d => Math.Abs(d.Weight - topWeight) < 1e-12).Min(d => d.Value);
        return [min, max, max - min, mean, deviation, mode];
    }

    private static IEnumerable<double> ValenceOrbitalFractions(KeyValuePair<string, double>[] fractions, ElementTable table)
    {
        double Mean(string property) => fractions.Sum(f => table.Property(property, f.Key) * f.Value);
        var total = Mean("NValence");
        return new[] { "NsValence", "NpValence", "NdValence", "NfValence" }.Select(p => total > 0 ? Mean(p) / total : 0);
    }
}
