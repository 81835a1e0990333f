using System.CommandLine;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Training;

namespace Synthesis.Cli.Commands;

/// <summary>
/// `synthesis train candidates`: trains a model's candidate scorer on the validation reactions of the split it was
/// trained on (the training reactions are the literature) and saves it beside the model as candidate-scorer.json, and
/// its retrieval-aware stoichiometry (on the validation reactions alone) as retrieval-stoichiometry.json.
/// </summary>
public static class TrainCandidatesCommand
{
    private const int MaxTrainingReactions = 100_000;

    public static Command Create()
    {
        var (model, device, threads, db) = (ModelOptions.Model(), ModelOptions.Device(), ModelOptions.Threads(), DatabaseOption.Create());
        var trainingReactions = new Option<int>("--training-reactions")
        {
            Description = "Training reactions the scorer learns from beside the validation ones (0 to 100,000). On a grouped split use 0: " +
                          "its training reactions repeat chemistry other training papers report, its test reactions do not.",
            DefaultValueFactory = _ => new CandidateOptions().ScorerTrainingReactions,
        };
        var command = new Command("candidates",
            "Train the candidate scorer and the retrieval-aware stoichiometry of a trained reaction model (seconds to minutes; the split comes from its model.json).")
        {
            model, device, threads, db, trainingReactions,
        };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var sample = result.GetValue(trainingReactions);
            if (sample is < 0 or > MaxTrainingReactions) return CliOutput.Error($"--training-reactions: must be 0 to {MaxTrainingReactions:N0}, got {sample}");
            var folder = ModelPath.Resolve(result.GetValue(model));
            var computeDevice = ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            using var trained = ReactionModel.Load(folder, computeDevice);
            var manifest = trained.Manifest;
            var repository = new LiteDbReactionRepository(databases.For(DatabasePath.Resolve(result.GetValue(db))));
            var data = TrainingDataLoader.Load(repository, SplitKinds.Parse(manifest.Split), manifest.MaxPrecursors, manifest.Seed);
            if (data.Validation.Count == 0) return CliOutput.Error("the split has no validation reactions to train the scorer on");
            Console.Error.WriteLine($"training the candidate scorer of {manifest.Version} on {data.Validation.Count:N0} validation reactions " +
                                    $"({data.Train.Count:N0} training reactions as the literature)");
            var literature = CandidateTraining.TrainingLiterature(data);
            var validationOutput = trained.Predict(data.Validation);
            var scorer = CandidateTraining.Train(trained, data, new CandidateOptions { ScorerTrainingReactions = sample }, validationOutput, literature);
            var path = Path.Combine(folder, CandidateScorer.FileName);
            scorer.Save(path);
            Console.WriteLine($"candidate scorer saved to {path}");
            var stoichiometryPath = Path.Combine(folder, RetrievalStoichiometry.FileName);
            CandidateTraining.TrainStoichiometry(trained, data, validationOutput, literature).Save(stoichiometryPath);
            Console.WriteLine($"retrieval-aware stoichiometry saved to {stoichiometryPath}");
            return 0;
        }));
        return command;
    }
}
