using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Chemistry.Tests.Wyckoff;

public class ProtostructureLabelTests
{
    [Fact]
    public void ReadsEveryPartOfALabel()
    {
        var label = ProtostructureLabel.Parse("AB6C3_hR30_160_a_2b_b:Hf-N-Zn");
        Assert.Equal(160, label.SpaceGroup);
        Assert.Equal(new PearsonSymbol('h', 'R', 30), label.Pearson);
        Assert.Equal(["Hf", "N", "Zn"], label.Elements);
        Assert.Equal([1, 6, 3], label.PrototypeAmounts);
        Assert.Equal([new('b', 2)], label.WyckoffSets[1]);
        Assert.Equal(4, label.WyckoffSetCount);
        Assert.Equal("AB6C3", label.Prototype);
        Assert.Equal("a_2b_b", label.WyckoffText);
        Assert.Equal("Hf-N-Zn", label.ChemicalSystem);
    }

    [Fact]
    public void EveryWrenExampleLabelParsesAndPrintsAsGiven()
    {
        var labels = RepositoryFiles.WrenExampleLabels();
        Assert.Equal(68, labels.Count);
        foreach (var text in labels) Assert.Equal(text, ProtostructureLabel.Parse(text).ToString());
    }

    [Theory]
    [InlineData("AB_cF8_225_b_a:Na-Cl", "AB_cF8_225_a_b:Cl-Na")]
    [InlineData("  A_hP2_194_c:Zn ", "A_hP2_194_c:Zn")]
    [InlineData("A3B2_mC10_12_ia_i:N-Zn", "A3B2_mC10_12_ai_i:N-Zn")]
    public void WritesTheNormalForm(string text, string expected) =>
        Assert.Equal(expected, ProtostructureLabel.Parse(text).ToString());

    [Theory]
    [InlineData("", "empty label")]
    [InlineData("AB6C3_hR30_160_a_2b_b", "no ':'")]
    [InlineData("AB6C3_hR30_160:Hf-N-Zn", "expected prototype_Pearson_spacegroup_wyckoffs")]
    [InlineData("aB6C3_hR30_160_a_2b_b:Hf-N-Zn", "prototype 'aB6C3' is not capitals")]
    [InlineData("AC6B3_hR30_160_a_2b_b:Hf-N-Zn", "names 'C' where 'B' comes next")]
    [InlineData("AB6C3_R30_160_a_2b_b:Hf-N-Zn", "Pearson symbol 'R30'")]
    [InlineData("AB6C3_hX30_160_a_2b_b:Hf-N-Zn", "centring 'X'")]
    [InlineData("AB6C3_qR30_160_a_2b_b:Hf-N-Zn", "family 'q'")]
    [InlineData("AB6C3_hR30_231_a_2b_b:Hf-N-Zn", "space group '231' is not a number 1–230")]
    [InlineData("AB6C3_hR30_x_a_2b_b:Hf-N-Zn", "space group 'x'")]
    [InlineData("AB6C3_hR30_160_a_2b:Hf-N-Zn", "the Wyckoff part 2 and the element list 3")]
    [InlineData("AB6C3_hR30_160_a_2b_b:Hf-N", "the element list 2")]
    [InlineData("AB6C3_hR30_160_a_2b_b:Hf-N-Xx", "'Xx' is not an element")]
    [InlineData("AB6C3_hR30_160_a_2b_b:Hf-N-Hf", "an element is listed twice")]
    [InlineData("AB6C3_hR30_160_a_2-b_b:Hf-N-Zn", "Wyckoff part '2-b' of N")]
    [InlineData("AB6C3_hR30_160_a_bb_b:Hf-N-Zn", "names a letter twice")]
    [InlineData("AB6C3_hR30_160_a_0b_b:Hf-N-Zn", "count in Wyckoff part '0b' is 0")]
    [InlineData("AB6C3_hR30_160_a_2d_b:Hf-N-Zn", "space group 160 has no Wyckoff position 'd' (element N; it has abc)")]
    [InlineData("AB6C3_hR31_160_a_2b_b:Hf-N-Zn", "counts 31 atoms but the Wyckoff sets fill 30")]
    [InlineData("AB6C3_oR30_160_a_2b_b:Hf-N-Zn", "family 'o' but space group 160 is 'h'")]
    [InlineData("AB6C3_hP30_160_a_2b_b:Hf-N-Zn", "centring 'P' but space group 160 is 'R'")]
    [InlineData("AB5C3_hR30_160_a_2b_b:Hf-N-Zn", "prototype AB5C3 disagrees with the Wyckoff sets, which give AB6C3")]
    [InlineData("A2B_cF12_225_a_a:F-Ca", "position 'a' of space group 225 is a fixed point but holds 2 sets")]
    public void MalformedLabelsSayWhatIsWrongInOneLine(string text, string reason)
    {
        var error = Assert.Throws<ProtostructureLabelException>(() => ProtostructureLabel.Parse(text));
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void LongLabelsAreRefusedAndNotEchoedWhole()
    {
        var text = new string('A', InputLimits.MaxProtostructureLabelLength + 1);
        var error = Assert.Throws<ProtostructureLabelException>(() => ProtostructureLabel.Parse(text));
        Assert.Contains($"longer than {InputLimits.MaxProtostructureLabelLength} characters", error.Message);
        Assert.True(error.Message.Length < 200);
    }

    [Fact]
    public void TryParseGivesTheReasonInsteadOfThrowing()
    {
        Assert.False(ProtostructureLabel.TryParse("AB_cF8_225_a_b", out var label, out var error));
        Assert.Null(label);
        Assert.Contains("no ':'", error);
        Assert.True(ProtostructureLabel.TryParse("A_hP2_194_c:Zn", out label, out error));
        Assert.Equal(194, label!.SpaceGroup);
    }

    [Fact]
    public void LabelsAreEqualWhenTheirNormalFormsAre()
    {
        Assert.Equal(ProtostructureLabel.Parse("AB_cF8_225_b_a:Na-Cl"), ProtostructureLabel.Parse("AB_cF8_225_a_b:Cl-Na"));
        Assert.NotEqual(ProtostructureLabel.Parse("AB_cF8_225_a_b:Cl-Na"), ProtostructureLabel.Parse("AB_cF8_225_b_a:Cl-Na"));
    }
}
