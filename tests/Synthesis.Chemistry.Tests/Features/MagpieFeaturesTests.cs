using Synthesis.Chemistry.Features;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Tests.Features;

public class MagpieFeaturesTests
{
    private static double Feature(string formula, string name) =>
        MagpieFeatures.Compute(Composition.Parse(formula))[MagpieFeatures.Names.ToList().IndexOf(name)];

    [Fact]
    public void HasTheDocumented145Features()
    {
        Assert.Equal(145, MagpieFeatures.Count);
        Assert.Equal(145, MagpieFeatures.Compute(Composition.Parse("NaCl")).Length);
        Assert.Equal(MagpieFeatures.Count, MagpieFeatures.Names.Distinct().Count());
    }

    [Fact]
    public void ElementPropertyStatisticsOfFe2O3()
    {
        // Fe (Z 26) 0.4, O (Z 8) 0.6.
        Assert.Equal(15.2, Feature("Fe2O3", "mean Number"), 4);
        Assert.Equal(8, Feature("Fe2O3", "minimum Number"), 4);
        Assert.Equal(26, Feature("Fe2O3", "maximum Number"), 4);
        Assert.Equal(18, Feature("Fe2O3", "range Number"), 4);
        Assert.Equal(0.4 * 10.8 + 0.6 * 7.2, Feature("Fe2O3", "avg_dev Number"), 4);
        Assert.Equal(8, Feature("Fe2O3", "mode Number"), 4);
        Assert.Equal(0.4 * 1.83 + 0.6 * 3.44, Feature("Fe2O3", "mean Electronegativity"), 4);
    }

    [Fact]
    public void StoichiometryNorms()
    {
        Assert.Equal(2, Feature("Fe2O3", "0-norm"));
        Assert.Equal(Math.Sqrt(0.16 + 0.36), Feature("Fe2O3", "2-norm"), 5);
        Assert.Equal(Math.Pow(0.4 * 0.4 * 0.4 + 0.6 * 0.6 * 0.6, 1 / 3.0), Feature("Fe2O3", "3-norm"), 5);
    }

    [Fact]
    public void ValenceFractionsOfNaCl()
    {
        // Na: 1 s electron; Cl: 2 s + 5 p. Mean s = 1.5, p = 2.5, total 4.
        Assert.Equal(1.5 / 4, Feature("NaCl", "frac s valence electrons"), 5);
        Assert.Equal(2.5 / 4, Feature("NaCl", "frac p valence electrons"), 5);
        Assert.Equal(0, Feature("NaCl", "frac d valence electrons"), 5);
    }

    [Fact]
    public void IonPropertiesOfNaClAndAnAlloy()
    {
        Assert.Equal(1, Feature("NaCl", "compound possible"));
        var ionic = 1 - Math.Exp(-0.25 * (3.16 - 0.93) * (3.16 - 0.93));
        Assert.Equal(ionic, Feature("NaCl", "max ionic char"), 4);
        Assert.Equal(0.25 * ionic, Feature("NaCl", "avg ionic char"), 4);
        Assert.Equal(0, Feature("Fe", "compound possible"));
        Assert.Equal(0, Feature("Fe", "max ionic char"));
    }

    [Fact]
    public void MissingTableValuesAreFilledSoFeaturesStayFinite() =>
        Assert.All(MagpieFeatures.Compute(Composition.Parse("XeF2HeLr")), v => Assert.True(float.IsFinite(v)));
}
