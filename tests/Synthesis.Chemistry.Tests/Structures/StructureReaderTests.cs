using Synthesis.Chemistry.Structures;
using Synthesis.Chemistry.Structures.Cif;
using Synthesis.Chemistry.Symmetry;

namespace Synthesis.Chemistry.Tests.Structures;

public class StructureReaderTests
{
    private const string CaesiumChloride = """
        # CsCl, written by hand: comments, a text field, uncertainties and ionic type symbols are all read past
        data_CsCl
        _chemical_name_common 'caesium chloride'
        _publ_section_comment
        ;
        A text field; its lines are prose: _cell_length_a 99
        ;
        _cell_length_a 4.123(2)
        _cell_length_b 4.123(2)
        _cell_length_c 4.123(2)
        _cell_angle_alpha 90
        _cell_angle_beta 90.0
        _cell_angle_gamma 90.000
        _symmetry_space_group_name_H-M 'P 1'
        loop_
        _atom_site_label
        _atom_site_type_symbol
        _atom_site_fract_x
        _atom_site_fract_y
        _atom_site_fract_z
        _atom_site_occupancy
        Cs1 Cs1+ 0 0 0 1.0
        Cl1 Cl1- 0.5 0.5 0.5(1) 1
        """;

    [Fact]
    public void ReadsTheSubsetOfCifThatStructuresUse()
    {
        var structure = CifReader.Read(CaesiumChloride);
        Assert.Equal(["Cl", "Cs"], structure.Elements);
        Assert.Equal(4.123 * 4.123 * 4.123, structure.Lattice.Volume, 6);
        Assert.Equal(new CrystalSite("Cl", 0.5, 0.5, 0.5), structure.Sites[1]);
        Assert.Equal("AB_cP2_221_a_b:Cl-Cs", ProtostructureLabeller.Label(structure).ToString());
    }

    [Fact]
    public void AppliesSymmetryOperationsAndKeepsSitesOnSpecialPositionsOnce()
    {
        var cif = """
            data_triclinic
            _cell_length_a 5 _cell_length_b 6 _cell_length_c 7
            _cell_angle_alpha 80 _cell_angle_beta 85 _cell_angle_gamma 95
            loop_ _space_group_symop_operation_xyz 'x, y, z' '-x, -y, -z'
            loop_ _atom_site_label _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z
            O1 0.1 0.2 0.3
            Ti1 0 0 0
            Ti2 0.5 0.5 0.5
            """;
        var structure = CifReader.Read(cif);
        Assert.Equal(4, structure.Sites.Count);
        Assert.Contains(new CrystalSite("O", 0.9, 0.8, 0.7), structure.Sites.Select(Rounded));
        // Ti on the inversion centres a and h; the equivalent origin shift by (½, ½, ½) gives b and e, the canonical pair.
        Assert.Equal("AB_aP4_2_i_be:O-Ti", ProtostructureLabeller.Label(structure).ToString());
    }

    [Fact]
    public void ReadsPymatgenJsonWithALatticeMatrixOrCellParameters()
    {
        var fromMatrix = PymatgenStructureReader.Read(PhononStructures.Json(0));
        Assert.Equal(["Ba", "Te"], fromMatrix.Elements);
        var fromParameters = PymatgenStructureReader.Read(
            """{"lattice": {"a": 4.123, "b": 4.123, "c": 4.123, "alpha": 90, "beta": 90, "gamma": 90}, "sites": [{"species": [{"element": "Cs", "occu": 1}], "abc": [0, 0, 0]}, {"species": [{"element": "Cl", "oxidation_state": -1, "occu": 1}], "abc": [0.5, 0.5, 0.5]}]}""");
        Assert.Equal("AB_cP2_221_a_b:Cl-Cs", ProtostructureLabeller.Label(fromParameters).ToString());
    }

    private const string Cubic = """{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0], [0, 0, 3]]}, "sites": [SITES]}""";
    private const string Na = """{"species": [{"element": "Na", "occu": 1}], "abc": [0, 0, 0]}""";

    [Theory]
    [InlineData("not json", "not JSON (")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{}", "the structure has no \"lattice\" object")]
    [InlineData("""{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0]]}, "sites": []}""", "lattice.matrix is not a list of 3")]
    [InlineData("""{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0], [3, 3, 0]]}, "sites": []}""", "the cell has no volume")]
    [InlineData("""{"lattice": {"a": 3}, "sites": []}""", "lattice has no \"b\" number")]
    [InlineData("""{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0], [0, 0, 3]]}}""", "the structure has no \"sites\" array")]
    [InlineData("""{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0], [0, 0, 3]]}, "sites": []}""", "no atomic sites")]
    [InlineData("""{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0], [0, 0, 3]]}, "sites": [{"species": [{"element": "Na", "occu": 0.5}, {"element": "K", "occu": 0.5}], "abc": [0, 0, 0]}]}""", "site 0 is disordered (2 species)")]
    [InlineData("""{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0], [0, 0, 3]]}, "sites": [{"species": [{"element": "Na", "occu": 0.5}], "abc": [0, 0, 0]}]}""", "site 0 is partly occupied (occu 0.5)")]
    [InlineData("""{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0], [0, 0, 3]]}, "sites": [{"species": [{"element": "Xx", "occu": 1}], "abc": [0, 0, 0]}]}""", "site 0 has 'Xx', not an element")]
    [InlineData("""{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0], [0, 0, 3]]}, "sites": [{"species": [{"element": "Na", "occu": 1}], "xyz": [0, 0, 0]}]}""", "site 0 has no \"abc\" array")]
    [InlineData("""{"lattice": {"matrix": [[3, 0, 0], [0, 3, 0], [0, 0, 3]]}, "sites": [{"species": [{"element": "Na", "occu": 1}], "abc": [0, 0, "x"]}]}""", "site 0 abc is not a number")]
    public void BadPymatgenJsonGetsAOneLineReason(string json, string reason) =>
        AssertOneLine(Assert.Throws<StructureException>(() => PymatgenStructureReader.Read(json)), "cannot read pymatgen JSON: ", reason);

    [Fact]
    public void AtomsOnTopOfEachOtherAreRefused()
    {
        var json = Cubic.Replace("SITES", Na + "," + Na.Replace("Na", "Cl").Replace("[0, 0, 0]", "[0.001, 0, 0.999]"));
        AssertOneLine(Assert.Throws<StructureException>(() => PymatgenStructureReader.Read(json)), "cannot read pymatgen JSON: ",
            "sites 0 (Na) and 1 (Cl) are 0.004 Å apart, closer than 0.5 Å");
    }

    [Fact]
    public void OverlongTextIsRefusedBeforeReading()
    {
        var text = new string(' ', InputLimits.MaxStructureTextLength + 1);
        AssertOneLine(Assert.Throws<StructureException>(() => PymatgenStructureReader.Read(text)), "cannot read pymatgen JSON: ", "longer than");
        AssertOneLine(Assert.Throws<StructureException>(() => CifReader.Read(text)), "cannot read CIF: ", "longer than");
    }

    private const string Cell = "data_x\n_cell_length_a 3 _cell_length_b 3 _cell_length_c 3 _cell_angle_alpha 90 _cell_angle_beta 90 _cell_angle_gamma 90\n";
    private const string Sites = "loop_ _atom_site_type_symbol _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z\nNa 0 0 0\nCl 0.5 0.5 0.5\n";

    [Theory]
    [InlineData("", "no data_ block")]
    [InlineData("_cell_length_a 3", "no data_ block")]
    [InlineData("data_x\n_cell_length_a 3 _cell_length_c 3", "no _cell_length_b")]
    [InlineData("data_x\n_cell_length_a 5.4x", "_cell_length_a '5.4x' is not a number")]
    [InlineData("data_x\n_cell_length_a", "line 2: _cell_length_a has no value")]
    [InlineData("data_x\n_cell_length_a 'a b", "line 2: a quoted value is not closed")]
    [InlineData("data_x\n;\nnever closed", "a ';' text field is not closed")]
    [InlineData("data_x\nstray", "line 2: unexpected 'stray' outside a loop")]
    [InlineData("data_x\nloop_\nloop_", "line 2: loop_ without tags")]
    [InlineData(Cell + "_cell_angle_gamma 200", "a cell angle is not between 0° and 180°")]
    [InlineData(Cell, "no loop of _atom_site_fract_x")]
    [InlineData(Cell + "loop_ _atom_site_type_symbol _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z\nNa 0 0 0\nCl 0.5 0.5", "has 7 values, not a multiple of its 4 tags")]
    [InlineData(Cell + "loop_ _atom_site_type_symbol _atom_site_fract_x _atom_site_fract_y\nNa 0 0", "the atom site loop has no _atom_site_fract_z")]
    [InlineData(Cell + "loop_ _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z\n0 0 0", "neither _atom_site_type_symbol nor _atom_site_label")]
    [InlineData(Cell + "loop_ _atom_site_label _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z\nQq1 0 0 0", "atom site 1 names no element ('Qq1')")]
    [InlineData(Cell + "loop_ _atom_site_label _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z _atom_site_occupancy\nNa1 0 0 0 0.5", "atom site 1 (Na) is partly occupied (0.5)")]
    [InlineData(Cell + "_symmetry_space_group_name_H-M 'F m -3 m'\n" + Sites, "names space group 'F m -3 m' but lists no symmetry operations")]
    [InlineData(Cell + "loop_ _symmetry_equiv_pos_as_xyz 'x,y'\n" + Sites, "symmetry operation 'x,y' does not have three parts")]
    [InlineData(Cell + "loop_ _symmetry_equiv_pos_as_xyz 'x,x,z'\n" + Sites, "symmetry operation 'x,x,z' is not a rotation")]
    [InlineData(Cell + "loop_ _symmetry_equiv_pos_as_xyz 'x,y,w'\n" + Sites, "symmetry operation 'x,y,w' has 'w' where x, y, z or a number belongs")]
    [InlineData(Cell + "loop_ _symmetry_equiv_pos_as_xyz 'x,y,z+1/0'\n" + Sites, "has fraction '1/0'")]
    [InlineData(Cell + "loop_ _symmetry_equiv_pos_as_xyz 'x,y,z' 'x+1/2,y+1/2,z+1/2'\n" + Sites, "Cl and Na fall on the same site (0.5, 0.5, 0.5)")]
    public void BadCifGetsAOneLineReason(string cif, string reason) =>
        AssertOneLine(Assert.Throws<StructureException>(() => CifReader.Read(cif)), "cannot read CIF: ", reason);

    private static void AssertOneLine(StructureException error, string prefix, string reason)
    {
        Assert.StartsWith(prefix, error.Message);
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.True(error.Message.Length < 240, error.Message);
    }

    private static CrystalSite Rounded(CrystalSite site) => site with { X = Math.Round(site.X, 6), Y = Math.Round(site.Y, 6), Z = Math.Round(site.Z, 6) };
}
