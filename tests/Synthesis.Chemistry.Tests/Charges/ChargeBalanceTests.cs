using Synthesis.Chemistry.Charges;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Tests;

public sealed class ChargeBalanceTests
{
    [Theory]
    [InlineData("BaTiO3")]
    [InlineData("YBa2Cu3O7")]                // Cu³⁺ beside Cu²⁺
    [InlineData("SrFeO3")]                   // Fe⁴⁺
    [InlineData("LiMn2O4")]                  // Mn³⁺/Mn⁴⁺
    [InlineData("Y2Mo2O7")]                  // Mo⁴⁺, below Mo's common +6
    [InlineData("Zn0.98Ga0.02O")]            // a dilute dopant
    [InlineData("La0.8Sr0.2Ga0.8Mg0.2O3")]   // acceptor-doped, written without its vacancies: 6.7 % short
    [InlineData("Zn0.8Li0.2O")]              // 10 % short: the edge of the tolerance
    [InlineData("Fe2Ni11O14")]               // a NiO–NiFe2O4 cermet summed into one formula
    [InlineData("LaOCl")]
    [InlineData("CaHPO4")]
    [InlineData("LaFeAsO")]                  // pnictide oxides: As³⁻, Sb³⁻
    [InlineData("LaMnSbO")]
    [InlineData("BaTi2Sb2O")]
    public void Compounds_that_some_choice_of_states_balances_pass(string formula) =>
        Assert.True(ChargeBalance.Of(Composition.Parse(formula))!.Value.Balances);

    [Theory]
    [InlineData("Na3Zr2Si2PO")]                   // a lost subscript (Na3Zr2Si2PO12)
    [InlineData("La58Ca38MnO3")]                  // fractions read as subscripts (La5/8Ca3/8MnO3)
    [InlineData("Li1.6Al1.6Ge0.8P1.6O46.6")]      // a glass batch run together
    [InlineData("Ca3SiO4")]                       // Ca2SiO4 or Ca3SiO5
    [InlineData("Ti0.99Mn0.01O3")]                // TiO2's oxygen miswritten
    [InlineData("Zn0.75Li0.25O")]                 // 12.5 % short: past the tolerance
    public void Formulas_no_choice_of_states_balances_fail(string formula) =>
        Assert.False(ChargeBalance.Of(Composition.Parse(formula))!.Value.Balances);

    [Theory]
    [InlineData("Bi0.0025Te0.9975")]   // a telluride: Te takes several charges
    [InlineData("Ti2AlN")]             // a MAX phase
    [InlineData("Li3PS4")]
    [InlineData("Fe0.85Ni0.15")]       // an alloy: no anion
    [InlineData("XeF2")]               // an element without cation states here
    public void Nitrides_chalcogenides_alloys_and_unknown_elements_are_not_judged(string formula) =>
        Assert.Null(ChargeBalance.Of(Composition.Parse(formula)));

    [Fact]
    public void The_range_is_what_the_cations_can_give_against_the_anions()
    {
        var range = ChargeBalance.Of(Composition.Parse("SrFeO3"))!.Value;
        Assert.Equal(2 + 2, range.Lowest, 9);   // Sr²⁺ + Fe²⁺
        Assert.Equal(2 + 6, range.Highest, 9);  // Sr²⁺ + Fe⁶⁺
        Assert.Equal(6, range.Anions, 9);
    }
}
