using TorchSharp;

namespace Synthesis.Models.Network;

/// <summary>
/// Scalars used on every step, created once and kept alive for the process. A Scalar made on the fly by an
/// implicit conversion is unreachable once its handle is passed to libtorch, so the finalizer can free it
/// mid-call: training crashed in index_add after ~1,000 steps with "INTERNAL ASSERT FAILED at Scalar.h".
/// </summary>
internal static class Scalars
{
    public static readonly Scalar One = 1.0.ToScalar();
    public static readonly Scalar NegativeInfinity = float.NegativeInfinity.ToScalar();
}
