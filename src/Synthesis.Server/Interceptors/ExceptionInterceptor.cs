using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Synthesis.Server.Interceptors;

/// <summary>
/// Lets RpcExceptions through; turns cancellation into CANCELLED and anything else into INTERNAL with a
/// generic message, logging the exception here so that its text and stack never reach a client.
/// </summary>
public sealed class ExceptionInterceptor(ILogger<ExceptionInterceptor> log) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    /// <summary>
    /// Whatever failed after the caller cancelled (or its deadline passed) failed because of that — a write to a
    /// finished stream throws InvalidOperationException "the request is complete" — so it is CANCELLED, logged at Debug.
    /// </summary>
    private RpcException Map(Exception e, ServerCallContext context)
    {
        if (context.CancellationToken.IsCancellationRequested)
        {
            log.LogDebug(e, "{Method} failed after its call was cancelled", context.Method);
            return new RpcException(new Status(StatusCode.Cancelled, "the call was cancelled or its deadline passed"));
        }
        log.LogError(e, "Unhandled exception in {Method}", context.Method);
        return new RpcException(new Status(StatusCode.Internal, "internal error; the server log has the details"));
    }
}
