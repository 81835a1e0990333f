using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Evaluation;

namespace Synthesis.Models.Tests.Reactions;

public class ReactionMetricsTests
{
    private static Composition C(string formula) => Composition.Parse(formula);

    [Fact]
    public void MatchHandComputedValues()
    {
        // 1: exact. 2: Fe2O3 predicted as FeO (right elements, wrong amounts). 3: NaCl predicted as NaClO (extra O).
        var metrics = ReactionMetrics.Compute([(C("NiO"), C("NiO")), (C("Fe2O3"), C("FeO")), (C("NaCl"), C("NaClO"))]);

        Assert.Equal(3, metrics.Reactions);
        Assert.Equal(2 / 3.0, metrics.SubsetAccuracy, 10);
        // L1: 0, 0.2, |.5-1/3|*2 + 1/3 = 2/3. L2: 0, sqrt(.02), sqrt(2/36 + 1/9).
        Assert.Equal((0 + 0.2 + 2 / 3.0) / 3, metrics.MeanL1, 10);
        Assert.Equal((Math.Sqrt(0.02) + Math.Sqrt(2 / 36.0 + 1 / 9.0)) / 3, metrics.MeanL2, 10);
        // Support: Ni 1, O 2, Fe 1, Na 1, Cl 1 (all F1 = 1, except O: tp 2, fp 1 -> 4/5).
        Assert.Equal((4 * 1.0 + 2 * 0.8) / 6, metrics.WeightedF1, 10);
        // Pettifor: Fe 70, O 96 -> Fe2O3 vs FeO moves 0.1 over 26 = 2.6; NaCl vs NaClO: Na 10, Cl 100, O 96.
        // Net mass 1/6 at Na (10), -1/3 at O (96), 1/6 at Cl (100): carried 1/6 over 86, then -1/6 over 4.
        var nacl = 86 / 6.0 + 4 / 6.0;
        Assert.Equal((0 + 2.6 + nacl) / 3, metrics.MeanElementMovers, 8);
        Assert.Equal(1 / 3.0, metrics.WithinElementMovers2, 10);
    }

    [Fact]
    public void R2OverTheUnionOfElements()
    {
        var metrics = ReactionMetrics.Compute([(C("Fe2O3"), C("FeO"))]);
        // Pairs (0.4, 0.5), (0.6, 0.5): mean 0.5, SS_tot 0.02, SS_res 0.02.
        Assert.Equal(0, metrics.R2, 10);
        Assert.Equal(1, ReactionMetrics.Compute([(C("Fe2O3"), C("Fe4O6"))]).R2, 10);
    }

    [Fact]
    public void RefusesAnEmptyTestSet() => Assert.Throws<ArgumentException>(() => ReactionMetrics.Compute([]));
}
