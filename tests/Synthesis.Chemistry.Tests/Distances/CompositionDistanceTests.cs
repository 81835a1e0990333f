using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Tests.Distances;

public class CompositionDistanceTests
{
    private static Composition C(string formula) => Composition.Parse(formula);

    [Fact]
    public void L1AndL2OnFractions()
    {
        // Fe2O3 = (0.4, 0.6), FeO = (0.5, 0.5).
        Assert.Equal(0.2, CompositionDistance.L1(C("Fe2O3"), C("FeO")), 10);
        Assert.Equal(Math.Sqrt(0.02), CompositionDistance.L2(C("Fe2O3"), C("FeO")), 10);
        Assert.Equal(0.141, CompositionDistance.L2(C("Fe2O3"), C("FeO")), 3);
    }

    [Theory]
    [InlineData("CaTiO3", "SrTiO3", 0.2)]
    [InlineData("NaCl", "LiCl", 0.5)]
    [InlineData("Fe2O3", "Fe2O3", 0.0)]
    [InlineData("NaCl", "Fe2O3", 0.5 * 60 + 0.1 * 26 + 0.5 * 4)] // Na 10, Fe 70, O 96, Cl 100
    public void ElementMoversDistanceOnThePettiforScale(string a, string b, double expected)
    {
        Assert.Equal(expected, CompositionDistance.ElementMovers(C(a), C(b)), 9);
        Assert.Equal(expected, CompositionDistance.ElementMovers(C(b), C(a)), 9);
    }

    [Fact]
    public void DistancesIgnoreScale() =>
        Assert.Equal(0, CompositionDistance.L1(C("Fe2O3"), C("Fe4O6")), 12);
}
