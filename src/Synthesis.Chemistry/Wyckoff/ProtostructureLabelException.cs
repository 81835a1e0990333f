namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// A protostructure label that cannot be read, with a one-line reason naming the part at fault. The message repeats
/// at most <see cref="InputLimits.MaxEchoedInput"/> characters of the label.
/// </summary>
public sealed class ProtostructureLabelException(string label, string reason)
    : FormatException($"cannot read protostructure label '{InputLimits.Echo(label)}': {reason}")
{
    public string Label { get; } = label;
    public string Reason { get; } = reason;
}
