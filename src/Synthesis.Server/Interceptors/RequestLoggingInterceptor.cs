using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Synthesis.Server.Interceptors;

/// <summary>One structured log line per call: method, status code and duration. Outermost, so it sees mapped errors.</summary>
public sealed class RequestLoggingInterceptor(ILogger<RequestLoggingInterceptor> log) : Interceptor
{
    private const string HealthService = "/grpc.health.v1.Health/";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await continuation(request, context);
            Log(context, StatusCode.OK, started);
            return response;
        }
        catch (RpcException e)
        {
            Log(context, e.StatusCode, started, e.Status.Detail);
            throw;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await continuation(request, responseStream, context);
            Log(context, StatusCode.OK, started);
        }
        catch (RpcException e)
        {
            Log(context, e.StatusCode, started, e.Status.Detail);
            throw;
        }
    }

    private void Log(ServerCallContext context, StatusCode code, long started, string detail = "")
    {
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        // Client mistakes, cancellations and "still loading" are routine; only server faults warrant a warning.
        // Health checks come every few seconds from every load balancer: Debug, not Information.
        var level = code is StatusCode.Internal or StatusCode.Unknown ? LogLevel.Warning
            : context.Method.StartsWith(HealthService, StringComparison.Ordinal) ? LogLevel.Debug : LogLevel.Information;
        log.Log(level, "{Method} {StatusCode} in {ElapsedMs:0.00} ms {Detail}", context.Method, code, elapsedMs, detail);
    }
}
