using System.CommandLine;
using Synthesis.Data.Curation;
using Synthesis.Data.Storage;
using Synthesis.Models.Curation;
using Synthesis.Models.Reactions;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis curate run`: scores every kept reaction out of fold (or with one existing model, in sample) and stores the flags.</summary>
public static class CurateRunCommand
{
    public static Command Create()
    {
        var (device, threads, seed, db) = (ModelOptions.Device(), ModelOptions.Threads(), ModelOptions.Seed(), DatabaseOption.Create());
        var model = new Option<string?>("--model")
        {
            Description = "Score with this existing model folder instead (e.g. models/reaction/grouped-10). It trained on most reactions, "
                          + "so its flags are marked in-sample: a plumbing run, not the out-of-fold measurement.",
        };
        var folds = new Option<int>("--folds") { Description = "Folds over paper groups (out-of-fold run).", DefaultValueFactory = _ => 5 };
        var threshold = new Option<double>("--threshold") { Description = "Store flags scoring at least this (0–1).", DefaultValueFactory = _ => FlagScore.DefaultThreshold };
        var work = new Option<string?>("--work") { Description = "Folder for the fold members and finished folds (resumable). Default: curation-folds/ beside the database." };
        var epochs = new Option<int?>("--epochs") { Description = "Most epochs of each fold member (default: the small members' 12)." };
        var members = new Option<int?>("--members") { Description = "Ensemble members per fold (default 3)." };
        var command = new Command("run", "Flag suspicious reactions: out of fold (k small models over paper groups; resumable) or with --model in sample.")
        {
            model, folds, threshold, seed, work, epochs, members, device, threads, db,
        };
        command.SetAction((result, cancellation) => Task.FromResult(DatabaseOption.Run(() =>
        {
            var minimum = result.GetValue(threshold);
            if (minimum is < 0 or > 1) return CliOutput.Error($"--threshold must be between 0 and 1, got {minimum}");
            var k = result.GetValue(folds);
            if (k < 2) return CliOutput.Error($"--folds must be at least 2, got {k}");
            if (result.GetValue(epochs) is < 1 || result.GetValue(members) is < 1) return CliOutput.Error("--epochs and --members must be at least 1");
            var databasePath = DatabasePath.Resolve(result.GetValue(db));
            var repository = new LiteDbReactionRepository(databasePath);
            var version = repository.CurrentVersion() ?? throw new InvalidOperationException("the reaction database is empty: run `synthesis import` first");
            var kept = repository.Kept();
            var computeDevice = ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            string modelVersion, mode;
            List<ScoredReaction> scored;
            if (result.GetValue(model) is { } folder)
            {
                using var predictor = ReactionPredictor.Load(ModelPath.Resolve(folder), repository, computeDevice, Path.GetDirectoryName(databasePath));
                Console.Error.WriteLine($"scoring {kept.Count:N0} reactions in sample with {predictor.ModelVersion}");
                var reported = 0;
                scored = ReactionScorer.Score(predictor, kept, done =>
                {
                    if (done - reported < 2560 && done < kept.Count) return;
                    reported = done;
                    Console.Error.WriteLine($"scored {done:N0}/{kept.Count:N0}");
                }, cancellation);
                (modelVersion, mode, k) = (predictor.ModelVersion, RunRecord.InSample, 0);
            }
            else
            {
                var options = TorchFoldTrainer.Small(result.GetValue(seed));
                options = options with
                {
                    MaxEpochs = result.GetValue(epochs) ?? options.MaxEpochs,
                    Members = result.GetValue(members) ?? options.Members,
                };
                var workFolder = result.GetValue(work) ?? Path.Combine(Path.GetDirectoryName(databasePath)!, "curation-folds");
                var run = new OutOfFoldRun(Path.GetFullPath(workFolder), new TorchFoldTrainer(options, computeDevice, new TrainingProgressRenderer()), Console.Error.WriteLine);
                scored = run.Run(kept, k, result.GetValue(seed), cancellation);
                (modelVersion, mode) = (run.ModelVersion(k, result.GetValue(seed)), RunRecord.OutOfFold);
            }
            var stored = CurationRunner.Save(new CurationStore(Data.Storage.ReactionDatabase.For(databasePath)), version, modelVersion, mode, k, minimum, kept, scored);
            Console.WriteLine($"{stored.Flags:N0} flags of {kept.Count:N0} reactions ({scored.Count:N0} scored by the model) at threshold {minimum:0.###}: "
                              + $"run {stored.Id} ({mode}, model {modelVersion}, dataset version {version.Number})");
            return 0;
        })));
        return command;
    }
}
