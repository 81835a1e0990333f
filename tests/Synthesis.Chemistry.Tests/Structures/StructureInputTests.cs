using Synthesis.Chemistry.Structures;

namespace Synthesis.Chemistry.Tests.Structures;

public class StructureInputTests
{
    [Fact]
    public void ALabelACifAndPymatgenJsonOfOneStructureGiveOneLabelAndOneGraph()
    {
        var fromJson = StructureInput.Read(null, "", PhononStructures.Json(567));
        var fromCif = StructureInput.Read(null, File.ReadAllText(PhononStructures.Fixture("567-symmetrised.cif")), null);
        var fromLabel = StructureInput.Read("ABC2_hR12_166_a_b_c:Al-Cu-O", null, null);
        Assert.Equal((StructureFormat.PymatgenJson, StructureFormat.Cif, StructureFormat.Label), (fromJson.From, fromCif.From, fromLabel.From));
        Assert.Equal(fromLabel.Label, fromJson.Label);
        Assert.Equal(fromLabel.Label, fromCif.Label);
        Assert.Equal(["Al", "Cu", "O"], fromCif.Nodes.Select(n => n.Element));
        Assert.Equal([0.25, 0.25, 0.5], fromCif.Nodes.Select(n => n.Weight));
    }

    [Theory]
    [InlineData(null, null, null, "label: give exactly one of label, cif or pymatgen_json, got none")]
    [InlineData("A_hP2_194_c:Zn", "data_x", null, "label: give exactly one of label, cif or pymatgen_json, got label and cif")]
    [InlineData("A_hP3_194_c:Zn", null, null, "label: Pearson symbol hP3 counts 3 atoms but the Wyckoff sets fill 2")]
    [InlineData("AB_hP2_194_c:Zn", null, null, "label: prototype AB has 2 elements, the Wyckoff part 1 and the element list 1")]
    [InlineData(null, "data_x", null, "cif: no _cell_length_a")]
    [InlineData(null, null, "{", "pymatgen_json: not JSON (")]
    public void ProblemsNameTheField(string? label, string? cif, string? json, string message)
    {
        var error = Assert.Throws<StructureInputException>(() => StructureInput.Read(label, cif, json));
        Assert.StartsWith(message, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void APrefixNamesTheNestedField()
    {
        var error = Assert.Throws<StructureInputException>(() => StructureInput.Read(null, null, "[]", prefix: "structure."));
        Assert.Equal("structure.pymatgen_json: not a JSON object", error.Message);
        Assert.Equal("structure.pymatgen_json", error.Field);
    }
}
