using Synthesis.Data.Import;

namespace Synthesis.Data.Tests;

public class AmountExpressionTests
{
    private static double? Variables(string name) => name switch { "x" => 0.2, "y" => 0.5, "del_O" => 0, _ => null };

    [Theory]
    [InlineData("2", 2)]
    [InlineData("1-x", 0.8)]
    [InlineData("2*y", 1.0)]
    [InlineData("0.5x", 0.1)]
    [InlineData("x/2", 0.1)]
    [InlineData("(1-x)/2", 0.4)]
    [InlineData("2(1-x)", 1.6)]
    [InlineData("0.5-0.5*x-0.5*y", 0.15)]
    [InlineData("3 - del_O", 3)]
    [InlineData("-x+1", 0.8)]
    public void EvaluatesTheAmountsTheDataWrites(string amount, double expected) =>
        Assert.Equal(expected, AmountExpression.Evaluate(amount, Variables), 9);

    [Fact]
    public void AVariableWithoutValueIsNamed()
    {
        var error = Assert.Throws<UnresolvedVariableException>(() => AmountExpression.Evaluate("1-z", Variables));
        Assert.Equal("z", error.Name);
    }

    [Theory]
    [InlineData("1-")]
    [InlineData("(1-x")]
    [InlineData("2 $ x")]
    public void MalformedAmountsAreFormatErrors(string amount) =>
        Assert.ThrowsAny<FormatException>(() => AmountExpression.Evaluate(amount, Variables));
}
