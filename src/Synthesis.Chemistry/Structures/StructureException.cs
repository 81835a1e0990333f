namespace Synthesis.Chemistry.Structures;

/// <summary>
/// A crystal structure that cannot be read or has no symmetry to find, with a one-line reason: "cannot read CIF:
/// no _cell_length_b", "cannot read pymatgen JSON: site 3 is disordered (2 species)". Repeats at most
/// <see cref="InputLimits.MaxEchoedInput"/> characters of any input.
/// </summary>
public sealed class StructureException(string source, string reason) : FormatException($"cannot read {source}: {reason}")
{
    /// <summary>What was being read: "CIF", "pymatgen JSON", "structure".</summary>
    public string Format { get; } = source;
    public string Reason { get; } = reason;
}
