using System.CommandLine;
using Synthesis.Data.Curation;
using Synthesis.Data.Storage;
using Synthesis.Models.Curation;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models;

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
        var work = new Option<string?>("--work") { Description = "Folder for fold members and finished scores (resumable; a re-run reuses them). Default: curation-work/ beside the database." };
        var epochs = new Option<int?>("--epochs") { Description = "Most epochs of each fold member (default: the small members' 12)." };
        var members = new Option<int?>("--members") { Description = "Ensemble members per fold (default 3)." };
        var membersFrom = new Option<string?>("--members-from")
        {
            Description = "Score this database (a copy of the dataset, e.g. the seeded-error copy) with the fold members of the out-of-fold run in this "
                          + "work folder (its out-of-fold/ subfolder): each reaction by the fold that holds its paper. No training.",
        };
        var command = new Command("run", "Flag suspicious reactions: out of fold (k small models over paper groups; resumable), with --members-from an earlier "
                                         + "run's fold members, or with --model in sample.")
        {
            model, membersFrom, folds, threshold, seed, work, epochs, members, device, threads, db,
        };
        command.SetAction((result, cancellation) => Task.FromResult(DatabaseOption.Run(databases =>
        {
            var minimum = result.GetValue(threshold);
            if (minimum is < 0 or > 1) return CliOutput.Error($"--threshold must be between 0 and 1, got {minimum}");
            var k = result.GetValue(folds);
            if (k < 2) return CliOutput.Error($"--folds must be at least 2, got {k}");
            if (result.GetValue(epochs) is < 1 || result.GetValue(members) is < 1) return CliOutput.Error("--epochs and --members must be at least 1");
            var databasePath = DatabasePath.Resolve(result.GetValue(db));
            var repository = new LiteDbReactionRepository(databases.For(databasePath));
            var version = repository.CurrentVersion() ?? throw new InvalidOperationException("the reaction database is empty: run `synthesis import` first");
            var kept = repository.Kept();
            var computeDevice = ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            string modelVersion, mode;
            List<ScoredReaction> scored;
            var workFolder = Path.GetFullPath(result.GetValue(work) ?? Path.Combine(Path.GetDirectoryName(databasePath)!, "curation-work"));
            if (result.GetValue(model) is { } folder)
            {
                var directory = ModelPath.Resolve(folder);
                modelVersion = ReactionPredictor.VersionOf(directory);
                scored = new InSampleRun(workFolder, Console.Error.WriteLine).Run(modelVersion,
                    () => ReactionPredictor.Load(directory, repository, computeDevice, Path.GetDirectoryName(databasePath)), kept, version, cancellation);
                (mode, k) = (RunRecord.InSample, 0);
            }
            else if (result.GetValue(membersFrom) is { } earlier)
            {
                var run = new FoldMembersRun(Path.Combine(Path.GetFullPath(earlier), "out-of-fold"), computeDevice, Console.Error.WriteLine);
                scored = run.Run(kept, cancellation);
                (modelVersion, mode, k) = (run.ModelVersion, RunRecord.OutOfFold, run.Folds.Count);
            }
            else
            {
                var options = TorchFoldTrainer.Small(result.GetValue(seed));
                options = options with
                {
                    MaxEpochs = result.GetValue(epochs) ?? options.MaxEpochs,
                    Members = result.GetValue(members) ?? options.Members,
                };
                var run = new OutOfFoldRun(Path.Combine(workFolder, "out-of-fold"), new TorchFoldTrainer(options, computeDevice, new TrainingProgressRenderer()), Console.Error.WriteLine);
                scored = run.Run(kept, k, result.GetValue(seed), cancellation);
                (modelVersion, mode) = (run.ModelVersion(k, result.GetValue(seed)), RunRecord.OutOfFold);
            }
            var stored = CurationRunner.Save(new CurationStore(databases.For(databasePath)), version, modelVersion, mode, k, minimum, kept, scored);
            Console.WriteLine($"{stored.Flags:N0} flags of {kept.Count:N0} reactions ({scored.Count:N0} scored by the model) at threshold {minimum:0.###}: "
                              + $"run {stored.Id} ({mode}, model {modelVersion}, dataset version {version.Number})");
            return 0;
        })));
        return command;
    }
}
