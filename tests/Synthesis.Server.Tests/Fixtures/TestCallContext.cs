using Grpc.Core;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>A call context for invoking a service method or an interceptor directly (after grpc-dotnet's Tester example): method, metadata and cancellation in, nothing else.</summary>
public sealed class TestCallContext(Metadata? headers = null, CancellationToken cancellation = default, string method = "test") : ServerCallContext
{
    protected override string MethodCore => method;
    protected override string HostCore => "localhost";
    protected override string PeerCore => "ipv4:127.0.0.1:1";
    protected override DateTime DeadlineCore => DateTime.MaxValue;
    protected override Metadata RequestHeadersCore { get; } = headers ?? [];
    protected override CancellationToken CancellationTokenCore => cancellation;
    protected override Metadata ResponseTrailersCore { get; } = [];
    protected override Status StatusCore { get; set; }
    protected override WriteOptions? WriteOptionsCore { get; set; }
    protected override AuthContext AuthContextCore { get; } = new(null, []);

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;

    public static TestCallContext WithKey(string key) => new([new Metadata.Entry("x-api-key", key)]);
}

/// <summary>Collects what a server-streaming method writes.</summary>
public sealed class CollectingStreamWriter<T> : IServerStreamWriter<T>
{
    public List<T> Written { get; } = [];
    public WriteOptions? WriteOptions { get; set; }

    public Task WriteAsync(T message)
    {
        Written.Add(message);
        return Task.CompletedTask;
    }
}
