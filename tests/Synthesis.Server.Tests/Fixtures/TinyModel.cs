using LiteDB;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// A real reaction model, trained in a few seconds on the database's kept reactions (the shipped weights load too slowly
/// for tests that start servers of their own): one member each, node size 8, two epochs, with a candidate scorer.
/// </summary>
public static class TinyModel
{
    /// <summary>Trains into <paramref name="folder"/>/model (checkpoints beside it) and returns that model folder.</summary>
    public static string Train(LiteDatabase database, string folder)
    {
        var repository = new LiteDbReactionRepository(database);
        var examples = repository.Kept().Select(ReactionExample.From).ToList();
        var options = new ReactionTrainingOptions
        {
            Model = new ReactionModelOptions { NodeSize = 8, MessageLayers = 1, Heads = 1, HiddenSize = 16, ClassifierHidden = [16], RegressorHidden = [16] },
            Members = 1, MaxEpochs = 2, AutoencoderEpochs = 2, Patience = 2, RegressorPatience = 2, BatchSize = 16,
        };
        var data = new TrainingData(examples, examples, examples, "grouped", 10, 1, "") { Sources = repository.Kept().ToDictionary(r => r.Id) };
        var directory = Path.Combine(folder, "model");
        using var model = new ReactionModelTrainer(options, CPU, null).Train(data, directory, Path.Combine(folder, "checkpoints"), resume: false);
        // Each reaction's own paper is left out of its candidates, so on a sample the scorer learns from the others. A
        // two-epoch model's element sets are poor, so its candidates may have any set the mask allows (saved with the scorer).
        CandidateTraining.Train(model!, data, new CandidateOptions { ElementSetOdds = 1e9 }).Save(Path.Combine(directory, CandidateScorer.FileName));
        return directory;
    }
}
