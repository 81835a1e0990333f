using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Tests.Formulas;

public class CompositionTests
{
    [Theory]
    [InlineData("Na2Ni2O4", "NaNiO2")]
    [InlineData("Fe2O3", "Fe2O3")]
    [InlineData("La0.6Sr0.4MnO3", "La0.6Sr0.4MnO3")]
    [InlineData("C6H12O6", "CH2O")]
    [InlineData("Fe2(SO4)3·5H2O", "Fe2S3O17H10")]
    public void DisplaysReducedFormulas(string formula, string expected) =>
        Assert.Equal(expected, Composition.Parse(formula).ToFormula());

    [Fact]
    public void NormalisedFractionsSumToOne()
    {
        var fractions = Composition.Parse("Li1.2Ni0.13Mn0.54Co0.13O2").Normalised();
        Assert.Equal(1.0, fractions.Total, 12);
        Assert.Equal(2 / 4.0, fractions["O"], 12);
        Assert.Equal(0, fractions["Fe"]);
    }

    [Theory]
    [InlineData("Na:0.245 Ni:0.255 O:0.50", "NaNiO2")]
    [InlineData("Fe:0.4 O:0.6", "Fe2O3")]
    [InlineData("La:0.12 Sr:0.08 Mn:0.2 O:0.6", "La0.6Sr0.4MnO3")]
    [InlineData("Li:0.25 Ni:0.2 Co:0.05 O:0.5", "LiNi0.8Co0.2O2")]
    [InlineData("Y:0.15 Fe:0.25 O:0.6", "Y3Fe5O12")]
    [InlineData("Li:0.143 Mn:0.286 O:0.571", "LiMn2O4")]
    public void ReadableFormulaOfPredictedFractions(string fractions, string expected)
    {
        var composition = Composition.From(fractions.Split(' ').Select(p => p.Split(':'))
            .Select(p => KeyValuePair.Create(p[0], double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(expected, composition.ToReadableFormula());
    }

    [Fact]
    public void ElectronegativityOrderPutsCationsFirst() =>
        Assert.Equal("NaNiO2", Composition.Parse("O2NiNa").OrderedByElectronegativity().ToFormula());

    [Fact]
    public void EqualityIgnoresScaleAndOrder()
    {
        Assert.Equal(Composition.Parse("Fe2O3"), Composition.Parse("O6Fe4"));
        Assert.NotEqual(Composition.Parse("Fe2O3"), Composition.Parse("FeO"));
    }

    [Fact]
    public void FromRejectsUnknownElements() =>
        Assert.Throws<ArgumentException>(() => Composition.From([KeyValuePair.Create("Zz", 1.0)]));

    [Theory]
    [InlineData("TiO3Ba", null, "BaTiO3")]
    [InlineData("V2O8Ba3", null, "Ba3V2O8")]
    [InlineData("O4PFeLi", null, "LiFePO4")]
    [InlineData("Ba2YCu3O7", "Y Ba Cu O", "YBa2Cu3O7")]
    [InlineData("Ba2YCu3O7", "Y O Ba Cu", "Ba2YCu3O7")]
    [InlineData("Ba2YCu3O7", "Y Ba O", "Ba2YCu3O7")]
    public void ConventionalOrderWritesCationsByElectronegativityAndAnionsLast(string formula, string? preferred, string expected) =>
        Assert.Equal(expected, Composition.Parse(formula).InConventionalOrder(preferred?.Split(' ')).ToFormula());
}
