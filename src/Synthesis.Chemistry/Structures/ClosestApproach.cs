namespace Synthesis.Chemistry.Structures;

/// <summary>
/// Finds two atoms closer than any real structure puts them (the shortest bond, H–H in H₂, is 0.74 Å): such a
/// structure is a typing or conversion mistake, and spglib would merge the two atoms into one symmetric site.
/// Distances are Cartesian between each pair of sites and the 27 nearest periodic images — exact for distances under
/// half the shortest cell height, which covers <see cref="MinDistance"/> in any real cell. O(n²) in the sites.
/// </summary>
public static class ClosestApproach
{
    /// <summary>Closest two atoms may be, in Å.</summary>
    public const double MinDistance = 0.5;

    /// <summary>The first pair of sites (i &lt; j, or i = j with an image of itself) closer than <see cref="MinDistance"/>, with their distance; null when none.</summary>
    public static (int First, int Second, double Distance)? TooClose(Lattice lattice, IReadOnlyList<CrystalSite> sites)
    {
        var m = lattice.Matrix;
        (double, double, double) Cartesian(double x, double y, double z) =>
            (x * m[0, 0] + y * m[1, 0] + z * m[2, 0], x * m[0, 1] + y * m[1, 1] + z * m[2, 1], x * m[0, 2] + y * m[1, 2] + z * m[2, 2]);
        for (var i = 0; i < sites.Count; i++)
            for (var j = i; j < sites.Count; j++)
            {
                var (dx, dy, dz) = (Wrap(sites[j].X - sites[i].X), Wrap(sites[j].Y - sites[i].Y), Wrap(sites[j].Z - sites[i].Z));
                for (var a = -1; a <= 1; a++)
                    for (var b = -1; b <= 1; b++)
                        for (var c = -1; c <= 1; c++)
                        {
                            if (i == j && a == 0 && b == 0 && c == 0) continue;
                            var (x, y, z) = Cartesian(dx + a, dy + b, dz + c);
                            var distance = Math.Sqrt(x * x + y * y + z * z);
                            if (distance < MinDistance) return (i, j, distance);
                        }
            }
        return null;
    }

    /// <summary>A fractional difference moved into [-½, ½).</summary>
    private static double Wrap(double difference) => difference - Math.Floor(difference + 0.5);
}
