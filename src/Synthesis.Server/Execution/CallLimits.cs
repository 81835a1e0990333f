using System.Threading.RateLimiting;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Synthesis.Server.Options;

namespace Synthesis.Server.Execution;

/// <summary>
/// Per-RPC concurrency limits for the calls that can each take a core for a second or more — fuzzy search and
/// PredictBatch — so that many of them queue behind a few permits (asynchronously, holding no thread) instead of
/// starving Predict. A call that finds the queue full gets RESOURCE_EXHAUSTED; a cancelled wait ends as CANCELLED.
/// </summary>
public sealed class CallLimits : IDisposable
{
    private readonly ConcurrencyLimiter _search;
    private readonly ConcurrencyLimiter _batch;

    public CallLimits(IOptions<LimitsOptions> limits)
    {
        _search = Limiter(limits.Value.ConcurrentSearches, limits.Value.WaitingSearches);
        _batch = Limiter(limits.Value.ConcurrentBatches, limits.Value.WaitingBatches);
    }

    public Task<RateLimitLease> SearchAsync(CancellationToken cancellation) => Acquire(_search, "fuzzy searches", cancellation);

    public Task<RateLimitLease> BatchAsync(CancellationToken cancellation) => Acquire(_batch, "prediction batches", cancellation);

    private static ConcurrencyLimiter Limiter(int permits, int waiting) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, permits),
        QueueLimit = Math.Max(0, waiting),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private static async Task<RateLimitLease> Acquire(ConcurrencyLimiter limiter, string what, CancellationToken cancellation)
    {
        var lease = await limiter.AcquireAsync(1, cancellation);
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        throw new RpcException(new Status(StatusCode.ResourceExhausted, $"too many {what} at once; retry with backoff"));
    }

    public void Dispose()
    {
        _search.Dispose();
        _batch.Dispose();
    }
}
