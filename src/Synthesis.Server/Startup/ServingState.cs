using Grpc.Core;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Server.Search;

namespace Synthesis.Server.Startup;

/// <summary>
/// What the services need once start-up has loaded it; the gate between "loading" and "serving", and back to "not
/// serving" when the database can no longer be written (LiteDB closes it after a failed write on a full disk, until
/// a restart), so that health checks stop sending work to a server that can only refuse it.
/// </summary>
public sealed class ServingState
{
    public const string LoadingMessage = "the server is still loading the model and the dataset; retry shortly";

    private volatile LoadedComponents? _loaded;
    private volatile string? _failure;

    public bool IsReady => _loaded is not null && _failure is null;

    /// <summary>Why the server stopped serving after it had started (null while it serves or loads).</summary>
    public string? Failure => _failure;

    public void MarkReady(LoadedComponents loaded) => _loaded = loaded;

    /// <summary>Reports NOT_SERVING from now on; the first reason is kept.</summary>
    public void MarkFailed(string reason) => Interlocked.CompareExchange(ref _failure, reason, null);

    public LoadedComponents Require() =>
        _loaded ?? throw new RpcException(new Status(StatusCode.Unavailable, LoadingMessage));
}

public sealed record LoadedComponents(IReactionRepository Repository, IReactionPredictor Predictor, ReactionSearchIndex Index);
