extern alias server;

using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using server::Synthesis.Server.Execution;
using server::Synthesis.Server.Options;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>The model executor's bounds: a full lane refuses at once, a cancelled item never runs, bulk work is not starved.</summary>
public sealed class ModelExecutorTests : IDisposable
{
    private readonly ModelExecutor _executor = new(Microsoft.Extensions.Options.Options.Create(new LimitsOptions { ModelQueueLength = 2 }),
        NullLogger<ModelExecutor>.Instance);
    private readonly ManualResetEventSlim _release = new();

    [Fact]
    public async Task A_full_lane_answers_resource_exhausted()
    {
        var running = Block();
        var waiting = new[] { Run(ModelLane.Interactive), Run(ModelLane.Interactive) };

        var refused = Assert.Throws<RpcException>(() => { _ = Run(ModelLane.Interactive); }); // thrown at once, not through the task
        _release.Set();
        await Task.WhenAll([running, .. waiting]);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
    }

    [Fact]
    public async Task A_call_cancelled_while_waiting_is_dropped_not_run()
    {
        var running = Block();
        using var cancel = new CancellationTokenSource();
        var ran = false;
        var waiting = _executor.RunAsync(ModelLane.Interactive, () => ran = true, cancel.Token);

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        _release.Set();
        await running;
        await _executor.RunAsync(ModelLane.Interactive, () => 0, CancellationToken.None); // everything before it has been served

        Assert.False(ran);
    }

    [Fact]
    public async Task Bulk_work_gets_a_turn_among_a_stream_of_interactive_work()
    {
        using var executor = new ModelExecutor(Microsoft.Extensions.Options.Options.Create(new LimitsOptions()), NullLogger<ModelExecutor>.Instance);
        var order = new List<string>();
        var gate = new ManualResetEventSlim();
        var first = executor.RunAsync(ModelLane.Interactive, () => gate.Wait(TimeSpan.FromSeconds(10)), CancellationToken.None);
        var bulk = executor.RunAsync(ModelLane.Bulk, () => { lock (order) order.Add("bulk"); return 0; }, CancellationToken.None);
        var interactive = Enumerable.Range(0, 50).Select(_ => executor.RunAsync(ModelLane.Interactive, () => { lock (order) order.Add("interactive"); return 0; }, CancellationToken.None)).ToList();

        gate.Set();
        await Task.WhenAll([first, bulk, .. interactive]);

        Assert.InRange(order.IndexOf("bulk"), 0, 8);
    }

    /// <summary>Occupies the executor's thread until the test releases it; returns once it runs (so it no longer waits in the lane).</summary>
    private Task<bool> Block()
    {
        using var started = new ManualResetEventSlim();
        var running = _executor.RunAsync(ModelLane.Interactive, () =>
        {
            started.Set();
            return _release.Wait(TimeSpan.FromSeconds(10));
        }, CancellationToken.None);
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)), "the executor did not start the blocking item");
        return running;
    }

    private Task<int> Run(ModelLane lane) => _executor.RunAsync(lane, () => 0, CancellationToken.None);

    public void Dispose()
    {
        _release.Set();
        _executor.Dispose();
    }
}
