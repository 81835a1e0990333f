using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Distances;

/// <summary>Distances between two compositions, always on their normalised fractions.</summary>
public static class CompositionDistance
{
    /// <summary>Σ |x_e − y_e| over the elements of either (a's in its order, then b's others), on normalised fractions.</summary>
    public static double L1(Composition a, Composition b)
    {
        // Runs thousands of times per Predict (candidates, their merging, their features): no allocation, and the terms
        // summed in the order of the union of the elements, as Differences gives them.
        var (totalA, totalB) = (a.Total, b.Total);
        var distance = 0.0;
        foreach (var (element, amount) in a) distance += Math.Abs(amount / totalA - b[element] / totalB);
        foreach (var (element, amount) in b)
            if (!a.Contains(element)) distance += Math.Abs(0 - amount / totalB);
        return distance;
    }

    public static double L2(Composition a, Composition b) => Math.Sqrt(Differences(a, b).Sum(d => d * d));

    /// <summary>
    /// Element Mover's Distance (Hargreaves et al. 2020): the earth mover's distance between the two fraction
    /// distributions placed on the modified Pettifor scale, ground distance |i − j|. In one dimension this is
    /// the area between the two cumulative distributions.
    /// </summary>
    public static double ElementMovers(Composition a, Composition b)
    {
        // The net mass per Pettifor position (a's fractions added, then b's taken away, each in its written order), the
        // positions in rising order, in two small arrays instead of a sorted dictionary: the same sums, no allocation per call.
        var table = ElementTable.Default;
        var (totalA, totalB) = (a.Total, b.Total);
        Span<int> positions = stackalloc int[a.Count + b.Count];
        Span<double> mass = stackalloc double[a.Count + b.Count];
        var used = 0;
        foreach (var (element, amount) in a) Accumulate(table.PettiforPosition(element), amount / totalA, positions, mass, ref used);
        foreach (var (element, amount) in b) Accumulate(table.PettiforPosition(element), -(amount / totalB), positions, mass, ref used);
        double distance = 0, carried = 0;
        for (var i = 0; i < used; i++)
        {
            if (i > 0) distance += Math.Abs(carried) * (positions[i] - positions[i - 1]);
            carried += mass[i];
        }
        return distance;

        static void Accumulate(int position, double amount, Span<int> positions, Span<double> mass, ref int used)
        {
            var at = 0;
            while (at < used && positions[at] < position) at++;
            if (at < used && positions[at] == position)
            {
                mass[at] += amount;
                return;
            }
            for (var i = used; i > at; i--) (positions[i], mass[i]) = (positions[i - 1], mass[i - 1]);
            (positions[at], mass[at]) = (position, amount);
            used++;
        }
    }

    private static IEnumerable<double> Differences(Composition a, Composition b)
    {
        var (x, y) = (a.Normalised(), b.Normalised());
        return x.Elements.Union(y.Elements).Select(e => x[e] - y[e]);
    }
}
