extern alias server;

using Grpc.Core;
using Microsoft.Extensions.Logging;
using Synthesis.Server.Tests.Fixtures;
using server::Synthesis.Server.Interceptors;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>
/// How failures become statuses and how loudly calls are logged: a call that fails because its caller went away —
/// a unary call or a PredictBatch stream writing to a finished request — is CANCELLED, not INTERNAL; a full disk is
/// RESOURCE_EXHAUSTED; health checks are logged at Debug, other calls at Information.
/// </summary>
public sealed class InterceptorTests
{
    private const string PredictBatch = "/synthesis.v1.ReactionPredictor/PredictBatch";
    private readonly CapturingLogger<ExceptionInterceptor> _errors = new();

    [Fact]
    public async Task A_stream_that_fails_after_its_call_was_cancelled_is_cancelled_not_internal()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var context = new TestCallContext(cancellation: cancel.Token, method: PredictBatch);

        var error = await Assert.ThrowsAsync<RpcException>(() => new ExceptionInterceptor(_errors).ServerStreamingServerHandler<string, string>(
            "batch", new CollectingStreamWriter<string>(), context, (_, _, _) => throw new InvalidOperationException("Can't write the message because the request is complete.")));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.DoesNotContain(_errors.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_unary_call_that_fails_after_its_deadline_is_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var error = await Assert.ThrowsAsync<RpcException>(() => Unary(new OperationCanceledException(), new TestCallContext(cancellation: cancel.Token)));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    [Fact]
    public async Task A_full_disk_is_resource_exhausted_without_the_path()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Unary(new IOException("No space left on device : '/srv/synthesis/data/synthesis-log.db'", 28), new TestCallContext()));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("disk is full", error.Status.Detail);
        Assert.DoesNotContain("/srv", error.Status.Detail);
    }

    [Fact]
    public async Task Anything_else_is_internal_and_logged_as_an_error()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Unary(new InvalidOperationException("secret"), new TestCallContext()));

        Assert.Equal((StatusCode.Internal, false), (error.StatusCode, error.Status.Detail.Contains("secret")));
        Assert.Contains(_errors.Entries, e => e.Level == LogLevel.Error);
    }

    [Theory]
    [InlineData("/grpc.health.v1.Health/Check", LogLevel.Debug)]
    [InlineData("/grpc.health.v1.Health/Watch", LogLevel.Debug)]
    [InlineData("/synthesis.v1.ReactionPredictor/Predict", LogLevel.Information)]
    public async Task Health_checks_are_logged_at_debug_and_calls_at_information(string method, LogLevel expected)
    {
        var log = new CapturingLogger<RequestLoggingInterceptor>();

        await new RequestLoggingInterceptor(log).UnaryServerHandler<string, string>("request", new TestCallContext(method: method), (_, _) => Task.FromResult("ok"));

        var entry = Assert.Single(log.Entries);
        Assert.Equal(expected, entry.Level);
        Assert.StartsWith($"{method} OK in ", entry.Message);
    }

    private Task<string> Unary(Exception thrown, ServerCallContext context) =>
        new ExceptionInterceptor(_errors).UnaryServerHandler<string, string>("request", context, (_, _) => throw thrown);
}
