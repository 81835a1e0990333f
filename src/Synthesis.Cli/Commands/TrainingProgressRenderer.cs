using Synthesis.Models.Reactions.Training;
using Synthesis.Models.Training;

namespace Synthesis.Cli.Commands;

/// <summary>One line per epoch on stderr: stage, epoch, losses, time per epoch and the longest it can still take.</summary>
public sealed class TrainingProgressRenderer : IProgress<TrainingProgress>
{
    public void Report(TrainingProgress p) =>
        Console.Error.WriteLine(
            $"{p.Stage,-22} epoch {p.Epoch,3}/{p.MaxEpochs}  train {p.TrainLoss:0.00000}  val {p.ValidationLoss:0.00000}" +
            $"{(p.Improved ? " *" : "  ")} best {p.BestValidationLoss:0.00000}  {p.EpochTime.TotalSeconds:0.0} s/epoch  at most {Format(p.Remaining)} left");

    private static string Format(TimeSpan t) => t.TotalHours >= 1 ? $"{t.TotalHours:0.0} h" : $"{t.TotalMinutes:0} min";
}
