namespace Synthesis.Chemistry.Structures;

/// <summary>
/// Structure input that cannot be used, as one line naming the field: "cif: no _cell_length_b",
/// "label: prototype AB5C3 disagrees with the Wyckoff sets, which give AB6C3". A gRPC service answers it with
/// INVALID_ARGUMENT and this message.
/// </summary>
public sealed class StructureInputException(string field, string reason) : FormatException($"{field}: {reason}")
{
    public string Field { get; } = field;
    public string Reason { get; } = reason;
}
