using Grpc.Core;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Server.Search;

namespace Synthesis.Server.Startup;

/// <summary>What the services need once start-up has loaded it; the gate between "loading" and "serving".</summary>
public sealed class ServingState
{
    public const string LoadingMessage = "the server is still loading the model and the dataset; retry shortly";

    private volatile LoadedComponents? _loaded;

    public bool IsReady => _loaded is not null;

    public void MarkReady(LoadedComponents loaded) => _loaded = loaded;

    public LoadedComponents Require() =>
        _loaded ?? throw new RpcException(new Status(StatusCode.Unavailable, LoadingMessage));
}

public sealed record LoadedComponents(IReactionRepository Repository, IReactionPredictor Predictor, ReactionSearchIndex Index);
