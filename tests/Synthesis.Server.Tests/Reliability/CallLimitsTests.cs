extern alias server;

using Grpc.Core;
using server::Synthesis.Server.Execution;
using server::Synthesis.Server.Options;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>Per-RPC concurrency limits: a full queue of fuzzy searches is RESOURCE_EXHAUSTED at once, a cancelled wait leaves, and batches have their own permits.</summary>
public sealed class CallLimitsTests : IDisposable
{
    private readonly CallLimits _limits = new(Microsoft.Extensions.Options.Options.Create(new LimitsOptions
    {
        ConcurrentSearches = 1, WaitingSearches = 1, ConcurrentBatches = 1, WaitingBatches = 0,
    }));

    [Fact]
    public async Task A_search_finding_the_queue_full_is_resource_exhausted_and_a_batch_still_runs()
    {
        using var running = await _limits.SearchAsync(CancellationToken.None);
        var waiting = _limits.SearchAsync(CancellationToken.None);

        var refused = await Assert.ThrowsAsync<RpcException>(() => _limits.SearchAsync(CancellationToken.None));
        using var batch = await _limits.BatchAsync(CancellationToken.None);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.True(batch.IsAcquired);
        Assert.False(waiting.IsCompleted);
        running.Dispose();
        using var next = await waiting;
        Assert.True(next.IsAcquired);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_queue()
    {
        using var running = await _limits.SearchAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = _limits.SearchAsync(cancel.Token);

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var after = _limits.SearchAsync(CancellationToken.None); // its place in the queue is free again
        running.Dispose();
        using var lease = await after;
        Assert.True(lease.IsAcquired);
    }

    public void Dispose() => _limits.Dispose();
}
