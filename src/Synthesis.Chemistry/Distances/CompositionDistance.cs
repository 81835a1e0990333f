using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Distances;

/// <summary>Distances between two compositions, always on their normalised fractions.</summary>
public static class CompositionDistance
{
    public static double L1(Composition a, Composition b) => Differences(a, b).Sum(Math.Abs);

    public static double L2(Composition a, Composition b) => Math.Sqrt(Differences(a, b).Sum(d => d * d));

    /// <summary>
    /// Element Mover's Distance (Hargreaves et al. 2020): the earth mover's distance between the two fraction
    /// distributions placed on the modified Pettifor scale, ground distance |i − j|. In one dimension this is
    /// the area between the two cumulative distributions.
    /// </summary>
    public static double ElementMovers(Composition a, Composition b)
    {
        var table = ElementTable.Default;
        var mass = new SortedDictionary<int, double>();
        foreach (var (element, fraction) in a.Normalised()) Accumulate(table.PettiforPosition(element), fraction);
        foreach (var (element, fraction) in b.Normalised()) Accumulate(table.PettiforPosition(element), -fraction);
        double distance = 0, carried = 0;
        int? previous = null;
        foreach (var (position, net) in mass)
        {
            if (previous is int p) distance += Math.Abs(carried) * (position - p);
            carried += net;
            previous = position;
        }
        return distance;

        void Accumulate(int position, double amount) => mass[position] = mass.GetValueOrDefault(position) + amount;
    }

    private static IEnumerable<double> Differences(Composition a, Composition b)
    {
        var (x, y) = (a.Normalised(), b.Normalised());
        return x.Elements.Union(y.Elements).Select(e => x[e] - y[e]);
    }
}
