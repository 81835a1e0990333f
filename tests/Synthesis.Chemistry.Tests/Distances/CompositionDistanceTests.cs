using Synthesis.Chemistry.Elements;
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

/// <summary>
/// The distances run without allocating (thousands a Predict); these compare them with the plain definitions written out
/// with dictionaries, to the last bit, so that a faster loop can never change a ranking.
/// </summary>
public class CompositionDistanceAsDefinedTests
{
    private static readonly string[] Formulas =
    [
        "BaTiO3", "Ba2TiO4", "YBa2Cu3O7", "La0.6Sr0.4MnO3", "LiFePO4", "Li4Ti5O12", "NaCl", "Fe2O3", "Sr2TiIrO6",
        "K0.5Na0.5NbO3", "Ca10(PO4)6(OH)2", "LiNi0.8Co0.15Al0.05O2", "Bi4Ti3O12", "ZnFe2O4", "MgAl2O4", "O2",
    ];

    private static IEnumerable<(string A, string B)> Pairs() => Formulas.SelectMany(a => Formulas.Select(b => (a, b)));

    [Fact]
    public void L1IsTheSumOverTheUnionOfElements()
    {
        foreach (var (a, b) in Pairs())
        {
            var (x, y) = (Composition.Parse(a).Normalised(), Composition.Parse(b).Normalised());
            var expected = x.Elements.Union(y.Elements).Select(e => x[e] - y[e]).Sum(Math.Abs);
            Assert.True(expected == CompositionDistance.L1(Composition.Parse(a), Composition.Parse(b)), $"L1({a}, {b})");
        }
    }

    [Fact]
    public void ElementMoversIsTheAreaBetweenCumulativeDistributions()
    {
        foreach (var (a, b) in Pairs())
        {
            var mass = new SortedDictionary<int, double>();
            foreach (var (element, fraction) in Composition.Parse(a).Normalised())
                mass[ElementTable.Default.PettiforPosition(element)] = mass.GetValueOrDefault(ElementTable.Default.PettiforPosition(element)) + fraction;
            foreach (var (element, fraction) in Composition.Parse(b).Normalised())
                mass[ElementTable.Default.PettiforPosition(element)] = mass.GetValueOrDefault(ElementTable.Default.PettiforPosition(element)) - fraction;
            double expected = 0, carried = 0;
            int? previous = null;
            foreach (var (position, net) in mass)
            {
                if (previous is int p) expected += Math.Abs(carried) * (position - p);
                carried += net;
                previous = position;
            }
            Assert.True(expected == CompositionDistance.ElementMovers(Composition.Parse(a), Composition.Parse(b)), $"EleMD({a}, {b})");
        }
    }
}
