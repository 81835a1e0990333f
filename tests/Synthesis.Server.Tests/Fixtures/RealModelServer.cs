using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// The server with the real <see cref="ReactionPredictor"/>, loaded through the server's own wiring from a tiny
/// model trained here in a few seconds on the imported sample (the shipped weights are too slow to train in a test),
/// with a candidate scorer trained on the same sample.
/// </summary>
public sealed class RealModelServer : ServerFixture
{
    private readonly string _model = Directory.CreateTempSubdirectory("synthesis-server-model-").FullName;

    /// <summary>The tiny model's folder, for tests that start server processes of their own.</summary>
    public string ModelDirectory => Path.Combine(_model, "model");

    protected override IEnumerable<KeyValuePair<string, string?>> Prepare()
    {
        TrainTinyModel();
        return [new("Synthesis:ModelDirectory", ModelDirectory)];
    }

    private void TrainTinyModel()
    {
        var repository = new LiteDbReactionRepository(Database);
        new Synthesis.Data.Import.ReactionImporter(ReactionDatabase.For(Database)).Import(Sample);
        var examples = repository.Kept().Select(ReactionExample.From).ToList();
        var options = new ReactionTrainingOptions
        {
            Model = new ReactionModelOptions { NodeSize = 8, MessageLayers = 1, Heads = 1, HiddenSize = 16, ClassifierHidden = [16], RegressorHidden = [16] },
            Members = 1, MaxEpochs = 2, AutoencoderEpochs = 2, Patience = 2, RegressorPatience = 2, BatchSize = 16,
        };
        var data = new TrainingData(examples, examples, examples, "grouped", 10, 1, "") { Sources = repository.Kept().ToDictionary(r => r.Id) };
        using var model = new ReactionModelTrainer(options, CPU, null)
            .Train(data, Path.Combine(_model, "model"), Path.Combine(_model, "checkpoints"), resume: false);
        // Each reaction's own paper is left out of its candidates, so on this sample the scorer learns from the others. A
        // two-epoch model's element sets are poor, so its candidates may have any set the mask allows (saved with the scorer).
        CandidateTraining.Train(model!, data, new CandidateOptions { ElementSetOdds = 1e9 }).Save(Path.Combine(_model, "model", CandidateScorer.FileName));
    }
}
