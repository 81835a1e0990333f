using Synthesis.Cli.Tests.Fixtures;
using Synthesis.Models.Reactions;
using static TorchSharp.torch;

namespace Synthesis.Cli.Tests.Faults;

/// <summary>
/// `synthesis train reaction` (one member, a few epochs, on the 11-record sample) SIGKILLed twice — once its progress
/// says classifier epoch 2 is done, then once the resumed run says epoch 5 is — and resumed each time. The
/// killed runs leave a folder that nothing loads as a model (its model.json is written last), the checkpoints
/// they leave are whole (each resumed run reads them and goes on after the last epoch they hold, without redoing a
/// finished stage), and the last run ends with a model that loads.
/// </summary>
public sealed class TrainKillTests : DatabaseFolder
{
    private string Model => Path.Combine(Folder, "model");

    [Fact]
    public async Task A_kill_9_during_training_leaves_no_model_and_resuming_goes_on_from_the_checkpoint()
    {
        Assert.Equal(0, (await CliChild.Run("import", SampleDataset.Path, "--db", Database)).ExitCode);

        var first = await Train(resume: false, killOnLine: line => line.StartsWith("classifier 1/1") && Epoch(line) >= 2);
        AssertNoModel(first);
        var second = await Train(resume: true, killOnLine: line => line.StartsWith("classifier 1/1") && Epoch(line) >= 5);
        AssertNoModel(second);
        var last = await Train(resume: true, killOnLine: null);

        Assert.True(last.ExitCode == 0, last.Error);
        Assert.DoesNotContain(second.ErrorLines.Concat(last.ErrorLines), line => line.StartsWith("action autoencoder", StringComparison.Ordinal));
        Assert.True(FirstEpoch(second, "classifier 1/1") > 2, second.Error);
        Assert.True(FirstEpoch(last, "classifier 1/1") > 5, last.Error);
        using var model = ReactionModel.Load(Model, CPU);
        Assert.Single(model.Classifiers);
    }

    private Task<ChildOutcome> Train(bool resume, Func<string, bool>? killOnLine) => CliChild.Run(
        ["train", "reaction", "--db", Database, "--model", Model, "--members", "1", "--epochs", "8", "--autoencoder-epochs", "3",
            "--patience", "20", "--regressor-patience", "20", "--threads", "1", .. resume ? new[] { "--resume" } : []], killOnLine);

    private void AssertNoModel(ChildOutcome killed)
    {
        Assert.True(killed.Killed, $"exit {killed.ExitCode}: {killed.Error}");
        var refused = Assert.Throws<FileNotFoundException>(() => ReactionModel.Load(Model, CPU));
        Assert.Contains("no reaction model", refused.Message);
    }

    /// <summary>"classifier 1/1         epoch   2/8  train …" → 2.</summary>
    private static int Epoch(string line) => int.Parse(line[(line.IndexOf("epoch", StringComparison.Ordinal) + 5)..line.IndexOf('/', line.IndexOf("epoch", StringComparison.Ordinal))]);

    /// <summary>The first epoch a run reported for a stage; int.MaxValue when it reported none (the stage was finished).</summary>
    private static int FirstEpoch(ChildOutcome run, string stage) =>
        run.ErrorLines.Where(line => line.StartsWith(stage, StringComparison.Ordinal)).Select(Epoch).DefaultIfEmpty(int.MaxValue).First();
}
