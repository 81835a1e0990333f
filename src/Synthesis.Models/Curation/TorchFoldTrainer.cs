using System.Text.Json;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;
using Synthesis.Models.Training;

namespace Synthesis.Models.Curation;

/// <summary>
/// Trains a fold's members with the reaction model's own trainer (atomic stage files and checkpoints, resumed after a
/// kill), then the fold's candidate scorer on its validation reactions with its training reactions as the literature
/// (as <see cref="CandidateTraining"/> does for a shipped model), and serves them with the fold's training reactions as
/// the only neighbours and literature: no reaction of the scored fold, hence none of its paper, is ever seen.
/// </summary>
public sealed class TorchFoldTrainer(ReactionTrainingOptions options, Device device, IProgress<TrainingProgress>? progress = null,
    CandidateOptions? candidates = null) : IFoldTrainer
{
    /// <summary>Small members and few epochs: five folds of the whole dataset train on two cores within the run's budget.</summary>
    public static ReactionTrainingOptions Small(int seed) => new()
    {
        Model = ReactionModelOptions.Small with { RegressorPrecursorMixture = true, RegressorLoss = FractionLoss.CrossEntropy },
        Members = 3,
        MaxEpochs = 12,
        Patience = 4,
        RegressorPatience = 6,
        AutoencoderEpochs = 30,
        Seed = seed,
    };

    private readonly CandidateOptions _candidates = candidates ?? new CandidateOptions();

    public string Description => JsonSerializer.Serialize(new { options, candidates = _candidates }, ModelFiles.Json);

    public IReactionPredictor Train(FoldTrainingSet set, string directory, CancellationToken cancellation)
    {
        var data = new TrainingData(set.Train.Select(ReactionExample.From).ToList(), set.Validation.Select(ReactionExample.From).ToList(), [],
            $"fold-{set.Fold}", Synthesis.Chemistry.InputLimits.MaxPrecursors, 0, "")
        {
            Sources = set.Train.Concat(set.Validation).ToDictionary(r => r.Id),
        };
        var modelDirectory = Path.Combine(directory, "model");
        var model = new ReactionModelTrainer(options, device, progress).Train(data, modelDirectory, Path.Combine(directory, "checkpoints"),
            resume: true, cancellation)!;
        if (CandidateScorer.Load(modelDirectory) is null)
        {
            cancellation.ThrowIfCancellationRequested();
            CandidateTraining.Train(model, data, _candidates).Save(Path.Combine(modelDirectory, CandidateScorer.FileName));
        }
        return new ReactionPredictor(model, set.Train);
    }
}
