using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Evaluation;

/// <summary>
/// Test-set figures of a product predictor, as in the thesis: subset accuracy (whole element set right),
/// element F1 weighted by support, mean L1 / L2 / Element Mover's Distance between fraction vectors,
/// R² over the (reaction, element) fractions, and the share of reactions within EleMD 2.
/// </summary>
/// <remarks>
/// L1, L2 and R² run over the union of the true and predicted elements of each reaction (elements in
/// neither are zero in both and would only inflate R²).
/// </remarks>
public sealed record ReactionMetrics(
    int Reactions,
    double SubsetAccuracy,
    double WeightedF1,
    double MeanL1,
    double MeanL2,
    double MeanElementMovers,
    double R2,
    double WithinElementMovers2)
{
    public static ReactionMetrics Compute(IReadOnlyList<(Composition Truth, Composition Predicted)> pairs)
    {
        if (pairs.Count == 0) throw new ArgumentException("no reactions to evaluate");
        var exact = 0;
        var (l1, l2, emd, within) = (0.0, 0.0, 0.0, 0);
        var truePositive = new Dictionary<string, int>();
        var falsePositive = new Dictionary<string, int>();
        var falseNegative = new Dictionary<string, int>();
        var residuals = new List<(double Truth, double Predicted)>();
        foreach (var (truth, predicted) in pairs)
        {
            var (t, p) = (truth.Normalised(), predicted.Normalised());
            if (t.Elements.ToHashSet().SetEquals(p.Elements)) exact++;
            foreach (var e in t.Elements.Union(p.Elements))
            {
                var counter = (t.Contains(e), p.Contains(e)) switch
                {
                    (true, true) => truePositive,
                    (false, true) => falsePositive,
                    _ => falseNegative,
                };
                counter[e] = counter.GetValueOrDefault(e) + 1;
                residuals.Add((t[e], p[e]));
            }
            l1 += CompositionDistance.L1(t, p);
            l2 += CompositionDistance.L2(t, p);
            var d = CompositionDistance.ElementMovers(t, p);
            emd += d;
            if (d <= 2) within++;
        }
        var n = (double)pairs.Count;
        var mean = residuals.Average(r => r.Truth);
        var total = residuals.Sum(r => (r.Truth - mean) * (r.Truth - mean));
        var error = residuals.Sum(r => (r.Truth - r.Predicted) * (r.Truth - r.Predicted));
        return new ReactionMetrics(pairs.Count, exact / n, SupportWeightedF1(truePositive, falsePositive, falseNegative),
            l1 / n, l2 / n, emd / n, total > 0 ? 1 - error / total : 0, within / n);
    }

    private static double SupportWeightedF1(Dictionary<string, int> tp, Dictionary<string, int> fp, Dictionary<string, int> fn)
    {
        double weighted = 0, support = 0;
        foreach (var element in tp.Keys.Union(fn.Keys))
        {
            var (t, f, m) = (tp.GetValueOrDefault(element), fp.GetValueOrDefault(element), fn.GetValueOrDefault(element));
            var s = t + m;
            weighted += s * (2.0 * t / (2.0 * t + f + m));
            support += s;
        }
        return support > 0 ? weighted / support : 0;
    }
}
