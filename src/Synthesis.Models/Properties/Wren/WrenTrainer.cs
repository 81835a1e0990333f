using Synthesis.Data.Properties;
using Synthesis.Models.Properties.Roost;
using Synthesis.Models.Training;
using static TorchSharp.torch;

namespace Synthesis.Models.Properties.Wren;

/// <summary>What a Wren ensemble learns from: training rows, validation rows for early stopping, and a seed.</summary>
public sealed record WrenTrainingPlan(string Target, string Unit, string TrainingData,
    IReadOnlyList<StructureRecord> Train, IReadOnlyList<StructureRecord> Validation, int Seed = 42);

/// <summary>
/// Trains a Wren ensemble member by member with <see cref="EarlyStoppingTrainer"/> (AdamW, the robust loss, per-epoch
/// atomic checkpoints), each member resumable; model.json is written after each member, so a stopped run still leaves
/// a usable (smaller) ensemble. Augmentation: each training step averages over up to <paramref name="trainingLabellings"/>
/// equivalent labellings of each structure, drawn afresh every step (null: all, as at inference).
/// </summary>
public sealed class WrenTrainer(WrenOptions options, Device device, IProgress<TrainingProgress>? progress, int? trainingLabellings = null)
{
    private const int EvaluationChunk = 256;
    private readonly Dictionary<string, StageSummary> _stages = [];

    /// <param name="members">members to train now (0-based); null for all of <see cref="WrenOptions.Members"/></param>
    public WrenModel Train(WrenTrainingPlan plan, string modelDirectory, string checkpointDirectory, bool resume,
        IReadOnlyList<int>? members = null, CancellationToken cancellation = default)
    {
        if (plan.Train.Count == 0 || plan.Validation.Count == 0) throw new ArgumentException("training needs training and validation rows");
        if (!resume) RoostTrainer.Clear(modelDirectory, checkpointDirectory);
        Directory.CreateDirectory(modelDirectory);
        Directory.CreateDirectory(checkpointDirectory);
        if (resume && File.Exists(Path.Combine(modelDirectory, ModelFiles.Manifest)))
            foreach (var (stage, summary) in WrenModel.ReadManifest(modelDirectory).Stages) _stages[stage] = summary;
        var scaling = TargetScaling.Fit(plan.Train.Select(r => r.Value));
        foreach (var k in members ?? Enumerable.Range(0, options.Members).ToArray())
        {
            var seed = plan.Seed * 100 + k;
            random.manual_seed(seed);
            var draws = new Random(seed);
            var trained = TrainingStage.LoadOrTrain(new WrenNetwork(options), Path.Combine(modelDirectory, RoostModel.MemberFile(k)), device, network =>
            {
                var settings = new EpochSettings(options.MaxEpochs, options.Patience, options.BatchSize, options.LearningRate, seed, options.WeightDecay,
                    DecoupledWeightDecay: true);
                new EarlyStoppingTrainer(settings, Path.Combine(checkpointDirectory, $"member-{k}.ckpt"), StageRecorder.Into(_stages, progress))
                    .Train($"member {k + 1}/{options.Members}", network, plan.Train.Count,
                        idx => Loss(network, idx.Select(i => plan.Train[i]).ToArray(), scaling, trainingLabellings, draws),
                        () => plan.Validation.Chunk(EvaluationChunk).Sum(chunk => Loss(network, chunk, scaling).item<float>() * (double)chunk.Length) / plan.Validation.Count,
                        resume, cancellation);
            });
            trained.Dispose();
            WriteManifest(plan, scaling, modelDirectory);
        }
        return WrenModel.Load(modelDirectory, device);
    }

    /// <summary>Mean robust loss of a set of rows in normalised units, each structure averaged over (up to <paramref name="labellings"/> of) its labellings.</summary>
    public Tensor Loss(WrenNetwork network, IReadOnlyList<StructureRecord> rows, TargetScaling scaling, int? labellings = null, Random? draws = null)
    {
        using var batch = WrenBatch.Build(rows.Select(r => r.Label).ToArray(), device, labellings, draws);
        var (mean, logStd) = network.Forward(batch);
        return RobustLoss.Of(mean, logStd, tensor(rows.Select(r => scaling.Normalise(r.Value)).ToArray(), device: device));
    }

    private void WriteManifest(WrenTrainingPlan plan, TargetScaling scaling, string modelDirectory) =>
        PropertyManifest.Write(new WrenManifest
        {
            Version = $"wren-{plan.Target.Replace(' ', '-')}-{ModelFiles.VersionStamp(DateTime.UtcNow)}",
            CreatedUtc = DateTime.UtcNow,
            Options = options,
            Members = RoostTrainer.FinishedMembers(modelDirectory),
            Target = plan.Target,
            Unit = plan.Unit,
            TrainingData = plan.TrainingData,
            Scaling = scaling,
            Seed = plan.Seed,
            TrainingLabellings = trainingLabellings,
            Stages = new Dictionary<string, StageSummary>(_stages),
        }, modelDirectory);
}
