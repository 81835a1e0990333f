using TorchSharp;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Torch;
using static TorchSharp.torch;
using Synthesis.Models.Training;

namespace Synthesis.Models.Reactions.Training;

/// <summary>
/// Trains the whole reaction model in stages, each resumable: the action autoencoder; the classifier
/// members (reaction graph + element classifier, end to end); the presence threshold on validation; the
/// regressor members on the members' averaged embeddings r̄. Finished stages are written to the model
/// folder in their shipped (float16) form and reloaded, so later stages see exactly the shipped weights. Every file
/// is written whole (write, then rename) and model.json last: a run killed at any moment leaves a folder that
/// `--resume` continues and that nothing loads as a model.
/// </summary>
public sealed class ReactionModelTrainer(ReactionTrainingOptions options, Device device, IProgress<TrainingProgress>? progress)
{
    public ReactionModel? Train(TrainingData data, string modelDirectory, string checkpointDirectory, bool resume, CancellationToken cancellation = default)
    {
        if (data.Train.Count == 0 || data.Validation.Count == 0) throw new ArgumentException("training needs training and validation reactions");
        if (!resume) ClearStages(modelDirectory, checkpointDirectory);
        Directory.CreateDirectory(modelDirectory);

        var vocabulary = ElementVocabulary.Of(data.Train.Concat(data.Validation));
        var featurizer = PrecursorFeaturizer.Fit(data.Train.SelectMany(e => e.Precursors));
        var batcher = new ReactionBatcher(vocabulary, featurizer, device, options.Model.UseAlchemyMask);
        var train = data.Train.ToArray();
        var validation = data.Validation.ToArray();

        var autoencoder = Stage(modelDirectory, ModelFiles.Autoencoder, () => new ActionAutoencoder(), options.Seed, module =>
            Trainer("autoencoder", checkpointDirectory, options.Seed, options.AutoencoderEpochs).Train("action autoencoder", module, train.Length,
                idx => ReconstructionLoss(module, batcher.Build(Pick(train, idx))),
                () => Chunked(validation, chunk => ReconstructionLoss(module, batcher.Build(chunk))), resume, cancellation));
        foreach (var parameter in autoencoder.parameters()) parameter.requires_grad = false;

        var members = options.OnlyMember is int only ? [only] : Enumerable.Range(0, options.Members).ToArray();
        var classifiers = new List<ElementClassifier>();
        foreach (var k in members)
        {
            var seed = options.Seed * 100 + k;
            classifiers.Add(Stage(modelDirectory, ModelFiles.Classifier(k), () => new ElementClassifier(options.Model, vocabulary.Count), seed, module =>
                Trainer($"classifier-{k}", checkpointDirectory, seed, options.MaxEpochs).Train($"classifier {k + 1}/{options.Members}", module, train.Length,
                    idx => ClassifierLoss(module, autoencoder, batcher.Build(Pick(train, idx))),
                    () => Chunked(validation, chunk => ClassifierLoss(module, autoencoder, batcher.Build(chunk))), resume, cancellation)));
        }
        if (options.OnlyMember is not null) return null;

        var (trainContext, _) = EnsembleOutputs(classifiers, autoencoder, batcher, train);
        var (validationContext, validationProbabilities) = EnsembleOutputs(classifiers, autoencoder, batcher, validation);
        var (trainBatch, validationBatch) = (batcher.Build(train), batcher.Build(validation));
        var threshold = ThresholdSearch.BestSubsetAccuracy(validationProbabilities, validationBatch.ProductPresence!);
        var elementVectors = StoichiometryRegressor.ElementVectors(vocabulary, device);

        var regressors = new List<StoichiometryRegressor>();
        foreach (var k in members)
        {
            var seed = options.Seed * 100 + 50 + k;
            regressors.Add(Stage(modelDirectory, ModelFiles.Regressor(k), () => new StoichiometryRegressor(options.Model, options.Members, vocabulary.Count), seed, module =>
                Trainer($"regressor-{k}", checkpointDirectory, seed, options.MaxEpochs, options.RegressorPatience).Train($"regressor {k + 1}/{options.Members}", module, train.Length,
                    idx =>
                    {
                        var rows = tensor(idx.Select(i => (long)i).ToArray(), device: device);
                        return FractionLoss(module, trainContext.index_select(0, rows), trainBatch.PrecursorMixture.index_select(0, rows),
                            elementVectors, trainBatch.ProductFractions!.index_select(0, rows));
                    },
                    () => FractionLoss(module, validationContext, validationBatch.PrecursorMixture, elementVectors, validationBatch.ProductFractions!).item<float>(),
                    resume, cancellation)));
        }

        var manifest = new ReactionModelManifest
        {
            Version = $"reaction-{data.Split}-{data.MaxPrecursors}-{ModelFiles.VersionStamp(DateTime.UtcNow)}",
            CreatedUtc = DateTime.UtcNow,
            Options = options.Model,
            Members = options.Members,
            Elements = [.. vocabulary.Elements],
            FeatureMean = featurizer.Mean,
            FeatureScale = featurizer.Scale,
            Threshold = threshold,
            Split = data.Split,
            MaxPrecursors = data.MaxPrecursors,
            Seed = options.Seed,
            DatasetVersion = data.DatasetVersion,
            DatasetSha256 = data.DatasetSha256,
        };
        var model = new ReactionModel(modelDirectory, manifest, autoencoder, classifiers, regressors, device);
        model.Save(modelDirectory);
        foreach (var tensor in new[] { trainContext, validationContext, validationProbabilities, elementVectors }) tensor.Dispose();
        trainBatch.Dispose();
        validationBatch.Dispose();
        return model;
    }

    /// <summary>Loads a finished stage from the model folder when resuming, otherwise trains it and stores its shipped form.</summary>
    private T Stage<T>(string modelDirectory, string file, Func<T> create, int seed, Action<T> train) where T : nn.Module
    {
        random.manual_seed(seed);
        return TrainingStage.LoadOrTrain(create(), Path.Combine(modelDirectory, file), device, train);
    }

    private EarlyStoppingTrainer Trainer(string name, string checkpointDirectory, int seed, int maxEpochs, int? patience = null) =>
        new(new EpochSettings(maxEpochs, patience ?? options.Patience, options.BatchSize, options.LearningRate, seed),
            Path.Combine(checkpointDirectory, name + ".ckpt"), progress);

    private static Tensor ReconstructionLoss(ActionAutoencoder autoencoder, ReactionBatch batch)
    {
        var u = autoencoder.forward(batch.Actions, batch.ActionLengths);
        var logits = autoencoder.Reconstruct(u, batch.Actions);
        var targets = ActionAutoencoder.ReconstructionTargets(batch.Actions, batch.ActionLengths);
        return nn.functional.cross_entropy(logits.flatten(0, 1), targets.flatten(), ignore_index: -100);
    }

    private Tensor ClassifierLoss(ElementClassifier classifier, ActionAutoencoder autoencoder, ReactionBatch batch)
    {
        var u = ReactionModel.ActionEmbedding(autoencoder, options.Model, batch);
        var (_, logits) = classifier.Forward(batch, u);
        return AlchemyMask.Loss(logits, batch.ProductPresence!, batch.AllowedMask);
    }

    /// <summary>The chosen loss of the fractions, per reaction averaged over reactions; trained on the true product elements.</summary>
    private Tensor FractionLoss(StoichiometryRegressor regressor, Tensor context, Tensor mixture, Tensor elementVectors, Tensor targets)
    {
        var present = targets.gt(0);
        var predicted = regressor.Fractions(context, mixture, elementVectors, present.to(float32));
        return StoichiometryRegressor.Loss(options.Model.RegressorLoss, predicted, targets);
    }

    /// <summary>The regressor's context and the mean probabilities of the classifier ensemble over a whole set.</summary>
    private (Tensor Context, Tensor Probabilities) EnsembleOutputs(IReadOnlyList<ElementClassifier> classifiers, ActionAutoencoder autoencoder,
        ReactionBatcher batcher, ReactionExample[] examples)
    {
        var contexts = new List<Tensor>();
        var probabilities = new List<Tensor>();
        using (inference_mode())
            foreach (var chunk in examples.Chunk(1024))
            {
                using var work = BatchScope.Begin();
                var batch = batcher.Build(chunk);
                var ensemble = ClassifierEnsemble.Forward(classifiers, batch, ReactionModel.ActionEmbedding(autoencoder, options.Model, batch));
                contexts.Add(ensemble.RegressorContext(options.Model).clone().MoveToOuterDisposeScope());
                probabilities.Add(ensemble.Probabilities.clone().MoveToOuterDisposeScope());
            }
        var result = (cat(contexts, 0), cat(probabilities, 0));
        foreach (var t in contexts.Concat(probabilities)) t.Dispose();
        return result;
    }

    private static double Chunked(ReactionExample[] examples, Func<ReactionExample[], Tensor> loss)
    {
        double total = 0;
        foreach (var chunk in examples.Chunk(1024))
        {
            using var work = BatchScope.Begin();
            total += loss(chunk).item<float>() * chunk.Length;
        }
        return total / examples.Length;
    }

    private static ReactionExample[] Pick(ReactionExample[] examples, int[] indexes) => indexes.Select(i => examples[i]).ToArray();

    /// <summary>
    /// Starts over: the manifest goes first, so that from this moment until the finished model's manifest is written
    /// last the folder is no model (a server or `predict` refuses it by name) rather than a mixture of two trainings.
    /// </summary>
    private void ClearStages(string modelDirectory, string checkpointDirectory)
    {
        if (Directory.Exists(checkpointDirectory))
            foreach (var file in Directory.GetFiles(checkpointDirectory, "*.ckpt")) File.Delete(file);
        if (!Directory.Exists(modelDirectory)) return;
        File.Delete(Path.Combine(modelDirectory, ModelFiles.Manifest));
        foreach (var file in Directory.GetFiles(modelDirectory, "*.bin"))
            if (options.OnlyMember is null || file.EndsWith($"-{options.OnlyMember}.bin", StringComparison.Ordinal)) File.Delete(file);
    }
}
