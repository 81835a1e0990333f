using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Tests.Formulas;

public class FormulaParserTests
{
    [Theory]
    [InlineData("Fe2O3", "Fe:2 O:3")]
    [InlineData("  NaCl ", "Na:1 Cl:1")]
    [InlineData("Ca(OH)2", "Ca:1 O:2 H:2")]
    [InlineData("Ba[Fe(CN)6]2", "Ba:1 Fe:2 C:12 N:12")]
    [InlineData("Mg3(Si2O5(OH))2", "Mg:3 Si:4 O:12 H:2")]
    [InlineData("La0.6Sr0.4MnO3", "La:0.6 Sr:0.4 Mn:1 O:3")]
    [InlineData("Li1.2Ni0.13Mn0.54Co0.13O2", "Li:1.2 Ni:0.13 Mn:0.54 Co:0.13 O:2")]
    [InlineData("Fe2(SO4)3·5H2O", "Fe:2 S:3 O:17 H:10")]
    [InlineData("CaCl2*2H2O", "Ca:1 Cl:2 H:4 O:2")]
    [InlineData("CaCl2.2H2O", "Ca:1 Cl:2 H:4 O:2")]
    [InlineData("Fe2O3.H2O", "Fe:2 O:4 H:2")]
    [InlineData("CuSO4 · 5 H2O", "Cu:1 S:1 O:9 H:10")]
    [InlineData("Li.5Co.5O", "Li:0.5 Co:0.5 O:1")]
    [InlineData("In(NO3)3·4.5H2O", "In:1 N:3 O:13.5 H:9")]
    [InlineData("Cu(NO3)2·2.5H2O", "Cu:1 N:2 O:8.5 H:5")]
    [InlineData("Cu(NO3)2.2.5H2O", "Cu:1 N:2 O:8.5 H:5")]
    [InlineData("3Ni(OH)2·4H2O", "Ni:3 O:10 H:14")]
    [InlineData("Li1/8Sr13/16Zr3/4Nb1/4O3", "Li:0.125 Sr:0.8125 Zr:0.75 Nb:0.25 O:3")]
    [InlineData("(Ni1/3Co1/3Mn1/3)(OH)2", "Ni:0.3333 Co:0.3333 Mn:0.3333 O:2 H:2")]
    [InlineData("MgO(4N)", "Mg:1 O:1")]
    [InlineData("Al2O3 (99.99%)", "Al:2 O:3")]
    [InlineData("TiO2(5N5)", "Ti:1 O:2")]
    public void ReadsWhatChemistsWrite(string formula, string expected)
    {
        var composition = FormulaParser.Parse(formula);
        var actual = string.Join(' ', composition.Select(e => $"{e.Key}:{e.Value:0.####}"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("", "empty formula", 0)]
    [InlineData("   ", "empty formula", 3)]
    [InlineData("Xx2O3", "unknown element 'Xx'", 0)]
    [InlineData("Fe2(SO4", "missing ')'", 7)]
    [InlineData("Fe2SO4)", "unmatched ')'", 6)]
    [InlineData("Ba[Fe(CN)6)2", "expected ']' but found ')'", 10)]
    [InlineData("Fe-2O3", "amounts must be positive numbers", 2)]
    [InlineData("Fe0O", "amount must be greater than zero", 2)]
    [InlineData("Li1+xMn2O4", "unexpected '+'", 3)]
    [InlineData("LiMn2Ox", "unknown element 'Ox'", 5)]
    [InlineData("LiMn2O4x", "unexpected 'x'", 7)]
    [InlineData("Fe2O3·", "nothing after the adduct separator", 6)]
    [InlineData("()", "empty brackets", 0)]
    [InlineData("Li1/0O", "fraction with a zero denominator", 2)]
    [InlineData("Fe2000000O", "amount larger than 1e+6", 2)]
    [InlineData("MgO(4N", "missing ')'", 4)]
    public void RejectsBadInputSayingWhatAndWhere(string formula, string reason, int position)
    {
        var error = Assert.Throws<FormulaException>(() => FormulaParser.Parse(formula));
        Assert.Equal(reason, error.Reason);
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void RejectsHugeAmounts()
    {
        var error = Assert.Throws<FormulaException>(() => FormulaParser.Parse("Fe" + new string('9', 250) + "O"));
        Assert.Equal("amount larger than 1e+6", error.Reason);
    }

    [Fact]
    public void TryParseReportsTheErrorInsteadOfThrowing()
    {
        Assert.False(FormulaParser.TryParse("Qq", out var composition, out var error));
        Assert.Null(composition);
        Assert.Contains("unknown element 'Qq'", error);
        Assert.True(FormulaParser.TryParse("NiO", out composition, out error));
        Assert.Equal("NiO", composition!.ToFormula());
    }

    [Fact]
    public void DeepBracketsAreRefusedWithoutRecursingIntoThem()
    {
        // 18,000 nested brackets once overflowed the stack and killed the server; the depth limit stops at 16.
        var error = Assert.Throws<FormulaException>(() => FormulaParser.Parse(new string('(', 18_000) + "Fe" + new string(')', 18_000)));
        Assert.Equal($"longer than {InputLimits.MaxFormulaLength} characters", error.Reason);
        var deep = new string('(', InputLimits.MaxNestingDepth + 1) + "Fe" + new string(')', InputLimits.MaxNestingDepth + 1);
        error = Assert.Throws<FormulaException>(() => FormulaParser.Parse(deep));
        Assert.Equal($"brackets nested deeper than {InputLimits.MaxNestingDepth}", error.Reason);
        var allowed = new string('(', InputLimits.MaxNestingDepth) + "Fe" + new string(')', InputLimits.MaxNestingDepth);
        Assert.Equal("Fe", FormulaParser.Parse(allowed).ToFormula());
    }

    [Fact]
    public void ErrorMessagesRepeatAtMostTheStartOfAHugeFormula()
    {
        var huge = "Xx" + new string('O', 100_000);
        var error = Assert.Throws<FormulaException>(() => FormulaParser.Parse(huge));
        Assert.InRange(error.Message.Length, 1, 200);
    }
}
