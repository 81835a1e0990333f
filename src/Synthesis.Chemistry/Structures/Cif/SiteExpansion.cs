namespace Synthesis.Chemistry.Structures.Cif;

/// <summary>
/// The full cell from the sites a CIF lists and its symmetry operations: every image of every site, wrapped into
/// [0, 1), with images that land on an earlier site (all three fractional coordinates within
/// <see cref="Tolerance"/>, periodically) kept once. Images of different elements on one spot are an error. Linear in
/// the number of images: sites are binned on a grid of cells a little larger than the tolerance, and a new image is
/// compared only with the 27 cells around it.
/// </summary>
internal static class SiteExpansion
{
    /// <summary>Fractional distance under which two images are one site (CIFs print 4–8 decimals).</summary>
    public const double Tolerance = 1e-3;

    private const int Bins = 500;   // bin width 2e-3 > Tolerance, so a match lies in a neighbouring bin

    public static List<CrystalSite> Expand(IReadOnlyList<CrystalSite> listed, IReadOnlyList<SymmetryOperation> operations, Func<string, Exception> error)
    {
        var sites = new List<CrystalSite>();
        var bins = new Dictionary<(int, int, int), List<int>>();
        foreach (var site in listed)
            foreach (var operation in operations)
            {
                var (x, y, z) = operation.Apply(site.X, site.Y, site.Z);
                var bin = (Bin(x), Bin(y), Bin(z));
                if (Existing(sites, bins, bin, x, y, z) is { } same)
                {
                    if (sites[same].Element != site.Element)
                        throw error($"{site.Element} and {sites[same].Element} fall on the same site ({x:0.###}, {y:0.###}, {z:0.###})");
                    continue;
                }
                if (sites.Count == InputLimits.MaxStructureSites) throw error($"more than {InputLimits.MaxStructureSites} atomic sites after applying the symmetry operations");
                sites.Add(new CrystalSite(site.Element, x, y, z));
                (bins.TryGetValue(bin, out var members) ? members : bins[bin] = []).Add(sites.Count - 1);
            }
        return sites;
    }

    private static int? Existing(List<CrystalSite> sites, Dictionary<(int, int, int), List<int>> bins, (int X, int Y, int Z) bin, double x, double y, double z)
    {
        for (var dx = -1; dx <= 1; dx++)
            for (var dy = -1; dy <= 1; dy++)
                for (var dz = -1; dz <= 1; dz++)
                    if (bins.TryGetValue((Mod(bin.X + dx), Mod(bin.Y + dy), Mod(bin.Z + dz)), out var members))
                        foreach (var i in members)
                            if (Close(sites[i].X, x) && Close(sites[i].Y, y) && Close(sites[i].Z, z)) return i;
        return null;
    }

    private static bool Close(double a, double b)
    {
        var d = Math.Abs(a - b);
        return Math.Min(d, 1 - d) < Tolerance;
    }

    private static int Bin(double fraction) => Mod((int)(fraction * Bins));

    private static int Mod(int bin) => ((bin % Bins) + Bins) % Bins;
}
