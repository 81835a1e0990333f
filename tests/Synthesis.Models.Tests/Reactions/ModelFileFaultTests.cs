using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Reactions;

/// <summary>A truncated weights file and NaN weights are refused at load, naming the file; a folder being retrained is no model.</summary>
public sealed class ModelFileFaultTests(ModelFileFaultTests.TrainedOnce trained) : IClassFixture<ModelFileFaultTests.TrainedOnce>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-model-faults-").FullName;
    private string Saved => Path.Combine(_directory, "model");

    [Fact]
    public void A_truncated_weights_file_is_named()
    {
        CopyTrained();
        var file = Path.Combine(Saved, ModelFiles.Classifier(0));
        using (var stream = new FileStream(file, FileMode.Open)) stream.SetLength(stream.Length / 2);

        var error = Assert.Throws<InvalidDataException>(() => ReactionModel.Load(Saved, CPU));

        Assert.Contains(file, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Nan_weights_are_named_with_their_file()
    {
        CopyTrained();
        using (var model = ReactionModel.Load(Saved, CPU))
        {
            using (no_grad()) model.Regressors[0].parameters().First().fill_(float.NaN);
            model.Save(Saved);
        }

        var error = Assert.Throws<InvalidDataException>(() => ReactionModel.Load(Saved, CPU));

        Assert.Contains(Path.Combine(Saved, ModelFiles.Regressor(0)), error.Message);
        Assert.Contains("non-finite", error.Message);
    }

    /// <summary>A folder is a model only while its ensemble is whole: retraining one member takes model.json away until the run that completes it.</summary>
    [Fact]
    public void Retraining_one_member_of_a_finished_model_leaves_no_model_until_the_ensemble_is_whole_again()
    {
        CopyTrained();
        using var cancel = new CancellationTokenSource();
        var trainer = new ReactionModelTrainer(SyntheticReactions.TinyTraining(3, 1) with { OnlyMember = 0 }, CPU,
            new TrainingCheckpointTests.SynchronousProgress(_ => cancel.Cancel())); // stopped after its first epoch, as by a kill

        Assert.ThrowsAny<OperationCanceledException>(() =>
            trainer.Train(SyntheticReactions.Data(16, 8, 8), Saved, Path.Combine(_directory, "checkpoints"), resume: false, cancel.Token));

        var refused = Assert.Throws<FileNotFoundException>(() => ReactionModel.Load(Saved, CPU));
        Assert.Contains("no reaction model", refused.Message);
    }

    private void CopyTrained()
    {
        Directory.CreateDirectory(Saved);
        foreach (var file in Directory.GetFiles(trained.Directory)) File.Copy(file, Path.Combine(Saved, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>One tiny model trained for the class (a few seconds), copied by each test before it breaks it.</summary>
    public sealed class TrainedOnce : IDisposable
    {
        private readonly string _root = System.IO.Directory.CreateTempSubdirectory("synthesis-model-trained-").FullName;

        public TrainedOnce()
        {
            using var model = new ReactionModelTrainer(SyntheticReactions.TinyTraining(1, 1), CPU, null)
                .Train(SyntheticReactions.Data(16, 8, 8), Directory, Path.Combine(_root, "checkpoints"), resume: false)!;
        }

        public string Directory => Path.Combine(_root, "model");

        public void Dispose() => System.IO.Directory.Delete(_root, recursive: true);
    }
}
