using Synthesis.Models.Properties.Roost;
using Synthesis.Models.Training;

namespace Synthesis.Models.Properties;

/// <summary>
/// Records each stage's epochs, best epoch and best validation loss (for model.json) as training reports them, and
/// passes the reports on. Synchronous: System.Progress would post to the thread pool, out of order.
/// </summary>
public sealed class StageRecorder(Action<TrainingProgress> report) : IProgress<TrainingProgress>
{
    public void Report(TrainingProgress value) => report(value);

    public static StageRecorder Into(Dictionary<string, StageSummary> stages, IProgress<TrainingProgress>? progress) => new(p =>
    {
        var best = p.Improved ? p.Epoch : stages.GetValueOrDefault(p.Stage)?.BestEpoch ?? 0;
        stages[p.Stage] = new StageSummary(p.Epoch, p.MaxEpochs, best, p.BestValidationLoss);
        progress?.Report(p);
    });
}
