using System.Runtime.InteropServices;
using Synthesis.Chemistry.Structures;
using Synthesis.Chemistry.Structures.Cif;
using Synthesis.Chemistry.Symmetry;
using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Chemistry.Tests.Structures;

public class ProtostructureLabellerTests
{
    [Fact]
    public void LabelsOfRealStructuresMatchPythonSpglib()
    {
        var expected = PhononStructures.ExpectedLabels(allowOverride: true).ToArray();
        Assert.True(expected.Length >= 21);
        var differing = expected
            .Select(e => (e.Index, Expected: e.Label, Found: ProtostructureLabeller.Label(PymatgenStructureReader.Read(PhononStructures.Json(e.Index))).ToString()))
            .Where(e => e.Expected != e.Found).Select(e => $"{e.Index}: {e.Expected} ≠ {e.Found}").ToArray();
        Assert.True(differing.Length == 0, $"{differing.Length} of {expected.Length} labels differ: {string.Join("; ", differing.Take(10))}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(567)]
    [InlineData(693)]
    public void CifWithAllAtomsAndCifWithSymmetryOperationsGiveTheSameLabel(int index)
    {
        var expected = PhononStructures.ExpectedLabels().Single(e => e.Index == index).Label;
        var listed = CifReader.Read(File.ReadAllText(PhononStructures.Fixture($"{index}-p1.cif")));
        var symmetrised = CifReader.Read(File.ReadAllText(PhononStructures.Fixture($"{index}-symmetrised.cif")));
        Assert.Equal(expected, ProtostructureLabeller.Label(listed).ToString());
        Assert.Equal(expected, ProtostructureLabeller.Label(symmetrised).ToString());
    }

    [Fact]
    public void SymmetryOperationsRebuildTheConventionalCell()
    {
        // Delafossite CuAlO2 (R-3m): 3 listed sites, 12 atoms in the hexagonal cell (3 Al, 3 Cu, 6 O).
        var structure = CifReader.Read(File.ReadAllText(PhononStructures.Fixture("567-symmetrised.cif")));
        Assert.Equal(12, structure.Sites.Count);
        Assert.Equal(6, structure.Sites.Count(s => s.Element == "O"));
        var symmetry = SymmetryFinder.Find(structure);
        Assert.Equal((166, "R-3m", 12), (symmetry.SpaceGroup, symmetry.InternationalSymbol, symmetry.StandardCellAtoms));
    }

    [Fact]
    public void TheLabelDoesNotDependOnTheCellChosen()
    {
        // Rock salt BaTe as pymatgen gives it (2-atom primitive cell) and as its conventional cubic cell in a CIF.
        var primitive = ProtostructureLabeller.Label(PymatgenStructureReader.Read(PhononStructures.Json(0)));
        var cubic = ProtostructureLabeller.Label(CifReader.Read(File.ReadAllText(PhononStructures.Fixture("0-symmetrised.cif"))));
        Assert.Equal(primitive, cubic);
        Assert.Equal(ProtostructureLabel.Parse("AB_cF8_225_a_b:Ba-Te"), cubic);
    }

    [Fact]
    public void TheNativeDatasetLayoutIsSpglib2()
    {
        // Offsets of spglib.h 2.0.2's SpglibDataset on x86-64, measured with gcc's offsetof.
        Assert.Equal(472, Marshal.SizeOf<SpglibDatasetNative>());
        Assert.Equal(48, Marshal.OffsetOf<SpglibDatasetNative>(nameof(SpglibDatasetNative.TransformationMatrix)).ToInt32());
        Assert.Equal(168, Marshal.OffsetOf<SpglibDatasetNative>(nameof(SpglibDatasetNative.AtomCount)).ToInt32());
        Assert.Equal(176, Marshal.OffsetOf<SpglibDatasetNative>(nameof(SpglibDatasetNative.Wyckoffs)).ToInt32());
        Assert.Equal(192, Marshal.OffsetOf<SpglibDatasetNative>(nameof(SpglibDatasetNative.EquivalentAtoms)).ToInt32());
        Assert.Equal(288, Marshal.OffsetOf<SpglibDatasetNative>(nameof(SpglibDatasetNative.StandardAtomCount)).ToInt32());
        Assert.Equal(464, Marshal.OffsetOf<SpglibDatasetNative>(nameof(SpglibDatasetNative.PointGroupSymbol)).ToInt32());
    }
}
