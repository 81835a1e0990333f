using Grpc.Core;
using Grpc.Core.Interceptors;
using Synthesis.Data.Storage;

namespace Synthesis.Server.Interceptors;

/// <summary>
/// Lets RpcExceptions through; turns cancellation into CANCELLED, a full disk into RESOURCE_EXHAUSTED and anything
/// else into INTERNAL with a generic message, logging the exception here so that its text and stack never reach a client.
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
        if (DiskFull.Caused(e))
        {
            // gRPC's code for "the entire file system is out of space". LiteDB keeps the database closed after a failed
            // write, so every later call on it fails alike until the server restarts.
            log.LogError(e, "{Method} failed: the disk holding the database is full; free space and restart the server", context.Method);
            return new RpcException(new Status(StatusCode.ResourceExhausted, "the server's disk is full: nothing was saved; try again once its operator has freed space"));
        }
        log.LogError(e, "Unhandled exception in {Method}", context.Method);
        return new RpcException(new Status(StatusCode.Internal, "internal error; the server log has the details"));
    }
}
