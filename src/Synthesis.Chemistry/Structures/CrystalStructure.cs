using Synthesis.Chemistry.Elements;

namespace Synthesis.Chemistry.Structures;

/// <summary>One atom of a crystal: its element and fractional coordinates (in units of the cell vectors).</summary>
public readonly record struct CrystalSite(string Element, double X, double Y, double Z);

/// <summary>
/// An ordered crystal structure: a lattice and its atoms, every site fully occupied by one element. Read from
/// pymatgen JSON (<see cref="PymatgenStructureReader"/>) or CIF (<see cref="Cif.CifReader"/>); spglib finds its
/// symmetry (<see cref="Symmetry.ProtostructureLabeller"/>). At most <see cref="InputLimits.MaxStructureSites"/>
/// sites and <see cref="InputLimits.MaxStructureElements"/> elements.
/// </summary>
public sealed class CrystalStructure
{
    private CrystalStructure(Lattice lattice, CrystalSite[] sites)
    {
        Lattice = lattice;
        Sites = sites;
        Elements = sites.Select(s => s.Element).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    public Lattice Lattice { get; }
    public IReadOnlyList<CrystalSite> Sites { get; }

    /// <summary>The elements present, alphabetically.</summary>
    public IReadOnlyList<string> Elements { get; }

    /// <summary>A structure from its parts, checked: known elements, finite coordinates, no two atoms closer than 0.5 Å, within the limits.</summary>
    public static CrystalStructure Create(Lattice lattice, IReadOnlyList<CrystalSite> sites, Func<string, Exception> error)
    {
        if (sites.Count == 0) throw error("no atomic sites");
        if (sites.Count > InputLimits.MaxStructureSites) throw error($"more than {InputLimits.MaxStructureSites} atomic sites");
        for (var i = 0; i < sites.Count; i++)
        {
            var site = sites[i];
            if (!PeriodicTable.IsElement(site.Element)) throw error($"site {i} has '{InputLimits.Echo(site.Element)}', not an element");
            if (!double.IsFinite(site.X) || !double.IsFinite(site.Y) || !double.IsFinite(site.Z) || Math.Abs(site.X) + Math.Abs(site.Y) + Math.Abs(site.Z) > 1e4)
                throw error($"site {i} has a fractional coordinate that is not a finite number");
        }
        var structure = new CrystalStructure(lattice, sites.ToArray());
        if (structure.Elements.Count > InputLimits.MaxStructureElements) throw error($"more than {InputLimits.MaxStructureElements} elements");
        if (ClosestApproach.TooClose(lattice, sites) is var (first, second, distance))
            throw error(first == second
                ? $"site {first} ({sites[first].Element}) is {distance:0.###} Å from its own periodic image: the cell is too small"
                : $"sites {first} ({sites[first].Element}) and {second} ({sites[second].Element}) are {distance:0.###} Å apart, closer than {ClosestApproach.MinDistance} Å");
        return structure;
    }
}
