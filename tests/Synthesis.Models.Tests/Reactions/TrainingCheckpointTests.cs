using Synthesis.Models.Reactions.Training;
using TorchSharp;
using static TorchSharp.torch;
using Synthesis.Models.Training;

namespace Synthesis.Models.Tests.Reactions;

public sealed class TrainingCheckpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-ckpt-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (nn.Module<Tensor, Tensor> Model, Tensor X, Tensor Y) Problem()
    {
        random.manual_seed(11);
        var model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1));
        var x = randn(40, 3);
        return (model, x, x.sum(1, keepdim: true).sin());
    }

    private void Run(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y, int epochs, bool resume, List<int>? epochsSeen = null)
    {
        var progress = new Progress<TrainingProgress>();
        var trainer = new EarlyStoppingTrainer(new EpochSettings(epochs, Patience: 100, BatchSize: 8, LearningRate: 1e-2, Seed: 3),
            Path.Combine(_directory, "run.ckpt"), epochsSeen is null ? null : new SynchronousProgress(p => epochsSeen.Add(p.Epoch)));
        trainer.Train("test", model, 40,
            idx => nn.functional.mse_loss(model.forward(x[tensor(idx.Select(i => (long)i).ToArray())]), y[tensor(idx.Select(i => (long)i).ToArray())]),
            () => nn.functional.mse_loss(model.forward(x), y).item<float>(), resume);
    }

    [Fact]
    public void ResumingAfterAKillContinuesExactlyWhereTheRunStopped()
    {
        var (straight, x, y) = Problem();
        Run(straight, x, y, epochs: 6, resume: false);
        File.Delete(Path.Combine(_directory, "run.ckpt"));

        var (interrupted, _, _) = Problem();
        Run(interrupted, x, y, epochs: 3, resume: false);
        var (resumed, _, _) = Problem();
        var epochs = new List<int>();
        Run(resumed, x, y, epochs: 6, resume: true, epochs);

        Assert.Equal([4, 5, 6], epochs);
        foreach (var (a, b) in straight.parameters().Zip(resumed.parameters()))
            Assert.True(a.allclose(b, rtol: 1e-5, atol: 1e-6), "resumed weights differ from an uninterrupted run");
    }

    [Fact]
    public void KeepsTheBestValidationWeightsNotTheLast()
    {
        var (model, x, y) = Problem();
        var losses = new List<double>();
        var trainer = new EarlyStoppingTrainer(new EpochSettings(12, Patience: 100, BatchSize: 8, LearningRate: 0.3, Seed: 1),
            Path.Combine(_directory, "best.ckpt"), new SynchronousProgress(p => losses.Add(p.ValidationLoss)));
        trainer.Train("test", model, 40, idx => nn.functional.mse_loss(model.forward(x), y), () => nn.functional.mse_loss(model.forward(x), y).item<float>(), resume: false);
        using var _ = no_grad();
        Assert.Equal(losses.Min(), nn.functional.mse_loss(model.forward(x), y).item<float>(), 5);
    }

    /// <summary>Reports on the training thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    internal sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
