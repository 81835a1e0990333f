using Synthesis.Chemistry.Formulas;

namespace Synthesis.Chemistry.Tests;

public sealed class CompositionRenameTests
{
    [Fact]
    public void Renaming_an_element_keeps_every_amount()
    {
        Assert.Equal(Composition.Parse("SrTiO3"), Composition.Parse("BaTiO3").Renamed("Ba", "Sr"));
        Assert.Equal(Composition.Parse("La0.9Sr0.1MnO3"), Composition.Parse("La0.9Ca0.1MnO3").Renamed("Ca", "Sr"));
        Assert.Equal(Composition.Parse("BaTiO3"), Composition.Parse("BaTiO3").Renamed("Zr", "Hf")); // an element it lacks: unchanged
    }
}
