using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Torch;
using Synthesis.Server.Options;

namespace Synthesis.Server.Startup;

/// <summary>
/// Loads the reaction model once, with its neighbour index over the database's kept reactions; the index's
/// embeddings are cached beside the database file, so only the first start computes them — minutes, logged at
/// every tenth done. The index is exact, or approximate from Synthesis:NeighbourSearch:ApproximateFrom reactions on.
/// </summary>
public static class PredictorFactory
{
    public static ReactionPredictor Load(SynthesisOptions options, IReactionRepository repository, ILogger log)
    {
        var device = ComputeDevice.Select(options.Device, warning => log.LogWarning("{Warning}", warning), options.TorchThreads);
        var tenthsLogged = 0;
        var predictor = ReactionPredictor.Load(ModelPath.Resolve(options.ModelDirectory), repository, device,
            Path.GetDirectoryName(DatabasePath.Resolve(options.Database)), (embedded, total) =>
            {
                if (embedded * 10 / total <= tenthsLogged) return;
                tenthsLogged = embedded * 10 / total;
                log.LogInformation("Start-up 3/4: embedded {Embedded} of {Total} reactions for the neighbour index ({Percent}%)",
                    embedded, total, 100 * embedded / total);
            }, options.NeighbourSearch.Validated());
        log.LogInformation("Neighbour index: {Count} reactions, {Kind} search (approximate from {From})", predictor.IndexedReactions,
            predictor.ApproximateNeighbours ? "approximate" : "exact", options.NeighbourSearch.ApproximateFrom);
        return predictor;
    }
}
