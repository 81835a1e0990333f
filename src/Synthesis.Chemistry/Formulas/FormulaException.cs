namespace Synthesis.Chemistry.Formulas;

/// <summary>
/// A formula that cannot be read; <see cref="Position"/> is the 0-based offset of the problem. The message repeats
/// at most <see cref="InputLimits.MaxEchoedInput"/> characters of the formula.
/// </summary>
public sealed class FormulaException(string formula, int position, string reason)
    : FormatException($"cannot read formula '{InputLimits.Echo(formula)}': {reason} at position {position}")
{
    public string Formula { get; } = formula;
    public int Position { get; } = position;
    public string Reason { get; } = reason;
}
