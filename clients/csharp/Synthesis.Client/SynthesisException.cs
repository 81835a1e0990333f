using Grpc.Core;

namespace Synthesis.Client;

/// <summary>A call the server refused or failed: the gRPC status code and the server's message.</summary>
public sealed class SynthesisException(StatusCode status, string detail, Exception inner)
    : Exception($"{status}: {detail}", inner)
{
    public StatusCode Status { get; } = status;
    public string Detail { get; } = detail;
}
