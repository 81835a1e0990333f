namespace Synthesis.Chemistry.Formulas;

/// <summary>A formula that cannot be read; <see cref="Position"/> is the 0-based offset of the problem.</summary>
public sealed class FormulaException(string formula, int position, string reason)
    : FormatException($"cannot read formula '{formula}': {reason} at position {position}")
{
    public string Formula { get; } = formula;
    public int Position { get; } = position;
    public string Reason { get; } = reason;
}
