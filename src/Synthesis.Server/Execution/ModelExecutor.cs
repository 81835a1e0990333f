using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Synthesis.Server.Options;

namespace Synthesis.Server.Execution;

/// <summary>Which queue a piece of model work waits in: single reactions go before chunks of a batch.</summary>
public enum ModelLane
{
    /// <summary>Predict and SimilarReactions: one reaction, answered in milliseconds.</summary>
    Interactive = 0,

    /// <summary>PredictBatch chunks: hundreds of reactions, a second or so each.</summary>
    Bulk = 1,
}

/// <summary>
/// Runs all of the server's model work on one dedicated thread, so no request blocks a thread-pool thread while
/// another holds the model (two cores gain nothing from overlapping inference, and TorchSharp's dispose scopes are
/// per thread). Each lane is a bounded queue: a call that finds its lane full gets RESOURCE_EXHAUSTED at once, and
/// an item whose call was cancelled or whose deadline passed while it waited is dropped, not run. The interactive
/// lane is served first — a Predict waits for at most the one batch chunk already running — except that after
/// <see cref="InteractiveBurst"/> interactive items in a row a waiting bulk item goes next, so batches never starve.
/// </summary>
public sealed class ModelExecutor : IDisposable
{
    private readonly ConcurrentQueue<WorkItem>[] _lanes = [new(), new()];
    private readonly int[] _waiting = new int[2];
    private readonly SemaphoreSlim _ready = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly int _capacity;
    private readonly Thread _thread;
    private readonly ILogger<ModelExecutor> _log;

    /// <summary>Interactive items served in a row before a waiting bulk item gets its turn.</summary>
    private const int InteractiveBurst = 8;

    private int _interactiveInARow;

    public ModelExecutor(IOptions<LimitsOptions> limits, ILogger<ModelExecutor> log)
    {
        _capacity = Math.Max(1, limits.Value.ModelQueueLength);
        _log = log;
        _thread = new Thread(Serve) { IsBackground = true, Name = "model executor" };
        _thread.Start();
    }

    /// <summary>Items waiting in a lane (not counting the one running).</summary>
    public int Waiting(ModelLane lane) => Volatile.Read(ref _waiting[(int)lane]);

    /// <summary>Queues <paramref name="work"/>; the task ends with its result, its exception, or cancelled when <paramref name="cancellation"/> fires first.</summary>
    public Task<T> RunAsync<T>(ModelLane lane, Func<T> work, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        if (Interlocked.Increment(ref _waiting[(int)lane]) > _capacity)
        {
            Interlocked.Decrement(ref _waiting[(int)lane]);
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"the model is busy ({_capacity} {lane.ToString().ToLowerInvariant()} calls already waiting); retry with backoff"));
        }
        var item = new WorkItem<T>(work, cancellation);
        _lanes[(int)lane].Enqueue(item);
        _ready.Release();
        return item.Task;
    }

    private void Serve()
    {
        while (true)
        {
            try
            {
                _ready.Wait(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (!TakeNext(out var item)) continue;
            try
            {
                item.Run();
            }
            catch (Exception e)
            {
                _log.LogError(e, "Model work failed outside its call"); // Run completes its task itself; this is a last resort
            }
        }
        foreach (var lane in _lanes)
            while (lane.TryDequeue(out var left)) left.Abandon();
    }

    /// <summary>Interactive first, but never more than <see cref="InteractiveBurst"/> in a row while bulk work waits, so batches are slowed by a busy service, not stopped.</summary>
    private bool TakeNext(out WorkItem item)
    {
        var bulkFirst = _interactiveInARow >= InteractiveBurst;
        foreach (var lane in bulkFirst ? (ModelLane[])[ModelLane.Bulk, ModelLane.Interactive] : [ModelLane.Interactive, ModelLane.Bulk])
        {
            if (!_lanes[(int)lane].TryDequeue(out item!)) continue;
            Interlocked.Decrement(ref _waiting[(int)lane]);
            _interactiveInARow = lane == ModelLane.Interactive ? _interactiveInARow + 1 : 0;
            return true;
        }
        item = null!;
        return false;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _thread.Join(TimeSpan.FromSeconds(10));
    }

    private abstract class WorkItem
    {
        public abstract void Run();

        public abstract void Abandon();
    }

    private sealed class WorkItem<T> : WorkItem
    {
        private readonly Func<T> _work;
        private readonly CancellationToken _cancellation;
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenRegistration _registration;

        public WorkItem(Func<T> work, CancellationToken cancellation)
        {
            (_work, _cancellation) = (work, cancellation);
            // A caller that gives up while waiting hears so at once; the worker then skips the item.
            _registration = cancellation.Register(() => _result.TrySetCanceled(cancellation));
        }

        public Task<T> Task => _result.Task;

        public override void Run()
        {
            _registration.Dispose();
            if (_cancellation.IsCancellationRequested || _result.Task.IsCompleted)
            {
                _result.TrySetCanceled(_cancellation);
                return;
            }
            try
            {
                _result.TrySetResult(_work());
            }
            catch (Exception e)
            {
                _result.TrySetException(e);
            }
        }

        public override void Abandon()
        {
            _registration.Dispose();
            _result.TrySetException(new RpcException(new Status(StatusCode.Unavailable, "the server is shutting down")));
        }
    }
}
