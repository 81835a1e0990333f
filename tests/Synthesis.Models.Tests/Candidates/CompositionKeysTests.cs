using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;

namespace Synthesis.Models.Tests.Candidates;

/// <summary>
/// The keys the candidate step writes without building a composition (a renamed precursor from its key, an analogue's
/// product key from a known product's fractions) against the keys of the renamed compositions, character for character.
/// </summary>
public sealed class CompositionKeysTests
{
    [Theory]
    [InlineData("SrCO3", "Sr", "Ba")]
    [InlineData("IrO2", "Ir", "Ru")]
    [InlineData("Sr(NO3)2", "Sr", "Ca")]
    [InlineData("Li2CO3", "Li", "Na")]
    [InlineData("Li2CO3", "Li", "Zr")]
    [InlineData("La0.6Sr0.4MnO3", "Sr", "Ca")]
    [InlineData("Ba2Ti2O6", "Ti", "Zr")]
    [InlineData("Co3O4", "Co", "Ag")]
    [InlineData("Cu(NO3)2·2.5H2O", "Cu", "Zn")]
    [InlineData("(NH4)2HPO4", "P", "V")]
    [InlineData("Nb2O5", "Nb", "Ta")]
    [InlineData("TiO2", "O", "S")]
    public void ARenamedPrecursorsKeyIsTheKeyOfTheRenamedComposition(string formula, string from, string to)
    {
        var precursor = Composition.Parse(formula);
        Assert.Equal(CompositionKeys.Precursor(precursor.Renamed(from, to)), CompositionKeys.PrecursorRenamed(CompositionKeys.Precursor(precursor), from, to));
    }

    [Theory]
    [InlineData("SrTiO3", "Sr", "Ti")] // Ti → Sr merges with the Sr there: no shortcut
    [InlineData("SrTiO3", "Ba", "Ca")] // nothing to rename
    public void NoShortcutWhereRenamingMergesOrFindsNothing(string formula, string from, string to) =>
        Assert.Null(CompositionKeys.PrecursorRenamed(CompositionKeys.Precursor(Composition.Parse(formula)), from, to));

    [Theory]
    [InlineData("Sr2TiIrO6", "Ir", "Ru")]
    [InlineData("La0.9Ca0.1MnO3", "Ca", "Sr")]
    [InlineData("K0.6Na49.7Zr0.6Ti99.4Bi49.7O300", "Zr", "Hf")]
    [InlineData("YBa2Cu3O7", "Y", "Gd")]
    public void AnAnaloguesKeyAndPrototypeFromTheKnownProductAreThoseOfTheRenamedProduct(string formula, string from, string to)
    {
        var known = Composition.Parse(formula);
        var product = new KnownProduct(CompositionKeys.Product(known), known);
        Assert.Equal(CompositionKeys.Product(known.Renamed(from, to)), CompositionKeys.Product(product, from, to));
        // The candidate step reads an analogue's prototype off its source (a swap changes no fraction).
        Assert.Equal(CompositionKeys.Prototype(known.Renamed(from, to).Normalised()), product.Prototype);
    }
}

/// <summary>How a candidate's formula is shown: as its source wrote it, unless that was per many formula units.</summary>
public sealed class CandidateSpellingTests
{
    [Theory]
    [InlineData("BaTiO3", "BaTiO3")]
    [InlineData("Ba2Ti2O6", "BaTiO3")]
    [InlineData("La0.7Sr0.3MnO3", "La0.7Sr0.3MnO3")]
    [InlineData("Ca10P6O26H2", "Ca5P3O13H")]
    [InlineData("Li66.6Fe66.6P66.6O299.7", "Li2Fe2P2O9")]
    public void AFormulaWrittenPerManyUnitsIsShownReadably(string written, string shown) =>
        Assert.Equal(shown, Candidate.Spelled(Composition.Parse(written)));
}
