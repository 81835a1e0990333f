using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Server.Options;

namespace Synthesis.Server.Startup;

/// <summary>Loads the reaction model once, from the shipped weights folder.</summary>
public static class PredictorFactory
{
    // PENDING (Models): construct Synthesis.Models.Reactions.ReactionPredictor from options.ModelDirectory here.
    public static IReactionPredictor Load(SynthesisOptions options, IReactionRepository repository) =>
        throw new InvalidOperationException($"the reaction predictor is not wired yet (model directory {options.ModelDirectory})");
}
