using Synthesis.Chemistry.Structures;
using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Chemistry.Symmetry;

/// <summary>
/// Structure → protostructure label: spglib's space group and the Wyckoff letter of each symmetry-distinct atom
/// (one Wyckoff set per orbit), the Pearson count and prototype from the Wyckoff multiplicities, and the canonical
/// one of the equivalent labellings (<see cref="WyckoffRelabelings.Canonical"/>) — the label Wren reads.
/// </summary>
public static class ProtostructureLabeller
{
    public static ProtostructureLabel Label(CrystalStructure structure, SymmetryTolerance? tolerance = null, WyckoffTables? tables = null)
    {
        tables ??= WyckoffTables.Default;
        var symmetry = SymmetryFinder.Find(structure, tolerance);
        var orbits = symmetry.EquivalentAtoms.Distinct().Select(atom => (structure.Sites[atom].Element, symmetry.WyckoffLetters[atom]));
        var label = ProtostructureLabel.FromWyckoffSets(symmetry.SpaceGroup, orbits, tables,
            reason => new StructureException("structure", $"spglib's Wyckoff sets in {symmetry.InternationalSymbol} make no label: {reason}"));
        if (label.Pearson.AtomsInCell != symmetry.StandardCellAtoms)
            throw new StructureException("structure",
                $"the Wyckoff sets of {symmetry.InternationalSymbol} fill {label.Pearson.AtomsInCell} sites but spglib's conventional cell has {symmetry.StandardCellAtoms}");
        return WyckoffRelabelings.Canonical(label, tables);
    }
}
