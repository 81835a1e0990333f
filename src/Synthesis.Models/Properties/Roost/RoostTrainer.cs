using Synthesis.Data.Properties;
using Synthesis.Models.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Roost;

/// <summary>
/// Trains a Roost ensemble member by member, each resumable: pre-training (when the plan has it) to
/// checkpoints/pretrain-k.bin, then training on the plan's rows to member-k.bin in the model folder, both with
/// <see cref="EarlyStoppingTrainer"/> (Adam with weight decay, the robust loss, per-epoch atomic checkpoints).
/// model.json is written after each member, so a stopped run still leaves a usable (smaller) ensemble.
/// </summary>
public sealed class RoostTrainer(RoostOptions options, Device device, IProgress<TrainingProgress>? progress)
{
    private const int EvaluationChunk = 1024;
    private readonly Dictionary<string, StageSummary> _stages = [];

    /// <param name="members">members to train now (0-based); null for all of <see cref="RoostOptions.Members"/></param>
    public RoostModel Train(RoostTrainingPlan plan, string modelDirectory, string checkpointDirectory, bool resume,
        IReadOnlyList<int>? members = null, CancellationToken cancellation = default)
    {
        if (plan.Train.Count == 0 || plan.Validation.Count == 0) throw new ArgumentException("training needs training and validation rows");
        if (!resume) Clear(modelDirectory, checkpointDirectory);
        Directory.CreateDirectory(modelDirectory);
        Directory.CreateDirectory(checkpointDirectory);
        if (resume && File.Exists(Path.Combine(modelDirectory, ModelFiles.Manifest)))
        {
            var earlier = RoostModel.ReadManifest(modelDirectory);
            if (earlier.Split != plan.Split)
                throw new InvalidDataException($"{modelDirectory} was trained on the {PropertySplitKinds.Name(earlier.Split)} split; resuming it on the {PropertySplitKinds.Name(plan.Split)} split would mix held-out rows into training");
            foreach (var (stage, summary) in earlier.Stages) _stages[stage] = summary;
        }
        var scaling = TargetScaling.Fit(plan.Train.Select(r => r.Value));
        var pretrainScaling = plan.PretrainTrain is { Count: > 0 } pretrain ? TargetScaling.Fit(pretrain.Select(r => r.Value)) : null;
        foreach (var k in members ?? Enumerable.Range(0, options.Members).ToArray())
        {
            var seed = plan.Seed * 100 + k;
            random.manual_seed(seed);
            var network = new RoostNetwork(options);
            if (pretrainScaling is not null)
                network = TrainingStage.LoadOrTrain(network, Path.Combine(checkpointDirectory, $"pretrain-{k}.bin"), device, module =>
                    Fit(module, $"pre-training {k + 1}/{options.Members}", Path.Combine(checkpointDirectory, $"pretrain-{k}.ckpt"),
                        plan.PretrainTrain!, plan.PretrainValidation!, pretrainScaling, plan.PretrainEpochs, seed, resume, cancellation));
            var trained = TrainingStage.LoadOrTrain(network, Path.Combine(modelDirectory, RoostModel.MemberFile(k)), device, module =>
                Fit(module, $"member {k + 1}/{options.Members}", Path.Combine(checkpointDirectory, $"member-{k}.ckpt"),
                    plan.Train, plan.Validation, scaling, options.MaxEpochs, seed, resume, cancellation));
            trained.Dispose();
            WriteManifest(plan, scaling, modelDirectory);
        }
        return RoostModel.Load(modelDirectory, device);
    }

    /// <summary>Members whose weights are in the folder, counted from 0 without gaps.</summary>
    public static int FinishedMembers(string modelDirectory)
    {
        var count = 0;
        while (File.Exists(Path.Combine(modelDirectory, RoostModel.MemberFile(count)))) count++;
        return count;
    }

    /// <summary>Mean robust loss of a set of rows in normalised units.</summary>
    public Tensor Loss(RoostNetwork network, IReadOnlyList<PropertyRecord> rows, TargetScaling scaling)
    {
        using var batch = CompositionBatch.Build(rows.Select(r => r.Composition).ToArray(), device);
        var (mean, logStd) = network.Forward(batch);
        return RobustLoss.Of(mean, logStd, tensor(rows.Select(r => scaling.Normalise(r.Value)).ToArray(), device: device));
    }

    private void Fit(RoostNetwork network, string stage, string checkpoint, IReadOnlyList<PropertyRecord> train, IReadOnlyList<PropertyRecord> validation,
        TargetScaling scaling, int epochs, int seed, bool resume, CancellationToken cancellation)
    {
        var settings = new EpochSettings(epochs, options.Patience, options.BatchSize, options.LearningRate, seed, options.WeightDecay);
        var recorder = StageRecorder.Into(_stages, progress);
        new EarlyStoppingTrainer(settings, checkpoint, recorder).Train(stage, network, train.Count,
            idx => Loss(network, idx.Select(i => train[i]).ToArray(), scaling),
            () => validation.Chunk(EvaluationChunk).Sum(chunk => Loss(network, chunk, scaling).item<float>() * (double)chunk.Length) / validation.Count,
            resume, cancellation);
    }

    private void WriteManifest(RoostTrainingPlan plan, TargetScaling scaling, string modelDirectory)
    {
        RoostModel.WriteManifest(new RoostManifest
        {
            Version = $"roost-{plan.Target}-{ModelFiles.VersionStamp(DateTime.UtcNow)}",
            CreatedUtc = DateTime.UtcNow,
            Options = options,
            Members = FinishedMembers(modelDirectory),
            Target = plan.Target,
            Unit = plan.Unit,
            TrainingData = plan.TrainingData,
            Split = plan.Split,
            Scaling = scaling,
            Seed = plan.Seed,
            Stages = new Dictionary<string, StageSummary>(_stages),
        }, modelDirectory);
    }

    /// <summary>Removes checkpoints and member weights, to train from scratch.</summary>
    public static void Clear(string modelDirectory, string checkpointDirectory)
    {
        foreach (var (folder, pattern) in new[] { (checkpointDirectory, "*.ckpt"), (checkpointDirectory, "pretrain-*.bin"), (modelDirectory, "member-*.bin") })
            if (Directory.Exists(folder))
                foreach (var file in Directory.GetFiles(folder, pattern)) File.Delete(file);
    }
}
