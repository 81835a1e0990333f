using System.CommandLine;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Evaluation;
using Synthesis.Models.Reactions.Training;
using Synthesis.Reports.Reactions;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis evaluate reaction`: test-set figures of a trained model beside the Null baseline, with plots.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var (split, maxPrecursors, model, device, threads, db) =
            (ModelOptions.Split(), ModelOptions.MaxPrecursors(), ModelOptions.Model(), ModelOptions.Device(), ModelOptions.Threads(), DatabaseOption.Create());
        var output = new Option<string?>("--out") { Description = "Folder for metrics.json and the PNGs. Default: results/reaction/<model folder name>." };
        var noAblations = new Option<bool>("--no-ablations") { Description = "Leave out the candidate ablation rows (each retrains a scorer: minutes)." };
        var json = CliOutput.JsonOption();
        var reaction = new Command("reaction",
            "Evaluate a reaction model on the test part of the split it was trained on (the split, subset and seed come from its model.json).")
        {
            split, maxPrecursors, model, output, noAblations, device, threads, db, json,
        };
        reaction.SetAction(result => DatabaseOption.Run(databases =>
        {
            var repository = new LiteDbReactionRepository(databases.For(DatabaseOption.Existing(result.GetValue(db))));
            var folder = result.GetValue(model) is { } explicitFolder ? Path.GetFullPath(explicitFolder)
                : ModelPath.For(result.GetValue(split)!, result.GetValue(maxPrecursors));
            var computeDevice = ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            using var trained = ReactionModel.Load(folder, computeDevice);
            var manifest = trained.Manifest;
            var data = TrainingDataLoader.Load(repository, SplitKinds.Parse(manifest.Split), manifest.MaxPrecursors, manifest.Seed);
            if (repository.CurrentVersion()!.ContentSha256 != manifest.DatasetSha256)
                Console.Error.WriteLine("synthesis: warning: the database holds another dataset version than the model was trained on; figures will differ");
            var destination = Path.GetFullPath(result.GetValue(output) ?? Path.Combine("results", "reaction", Path.GetFileName(folder)));
            var evaluation = ReactionEvaluator.Evaluate(trained, data, destination, CandidateScorer.Load(folder), !result.GetValue(noAblations));
            EvaluationFigures.Write(evaluation, destination);
            var report = evaluation.Report;
            if (result.GetValue(json)) CliOutput.WriteJson(report);
            else Print(report, destination);
            return 0;
        }));
        return new Command("evaluate", "Evaluate trained models.") { reaction, EvaluateRoostCommand.Create(), EvaluateWrenCommand.Create() };
    }

    private static void Print(EvaluationReport report, string destination)
    {
        Console.WriteLine($"{report.ModelVersion}: {report.TestReactions:N0} test reactions ({report.Split} split, ≤ {report.MaxPrecursors} precursors), threshold {report.Threshold:0.00}");
        Console.WriteLine($"{"",-16} {"subset acc",10} {"F1",7} {"L1",7} {"L2",7} {"EleMD",7} {"R²",7} {"≤ EleMD 2",10}");
        foreach (var (name, m) in new[] { ("reaction model", report.Model), ("Null baseline", report.Null) })
            Console.WriteLine($"{name,-16} {m.SubsetAccuracy,10:0.000} {m.WeightedF1,7:0.000} {m.MeanL1,7:0.000} {m.MeanL2,7:0.000} {m.MeanElementMovers,7:0.00} {m.R2,7:0.000} {m.WithinElementMovers2,10:0.000}");
        if (report.Candidates is { } candidates)
        {
            Console.WriteLine($"candidate products ({candidates.Scorer} scorer; {candidates.LiteratureReactions:N0} training reactions as the literature):");
            Console.WriteLine($"{"",-32} {"exact L1<.05",12} {"<.02",6} {"top-3",6} {"top-5",6} {"EleMD",6} {"≤ EleMD 2",9} {"AUROC",6} {"ECE",6}");
            foreach (var row in candidates.Rows)
            {
                var m = row.Metrics;
                Console.WriteLine($"{row.Name,-32} {m.ExactWithin005,12:0.000} {m.ExactWithin002,6:0.000} {m.Top3,6:0.000} {m.Top5,6:0.000} " +
                                  $"{m.TopCandidate.MeanElementMovers,6:0.00} {m.TopCandidate.WithinElementMovers2,9:0.000} {m.Auroc,6:0.000} {m.ExpectedCalibrationError,6:0.000}");
            }
        }
        Console.WriteLine($"action autoencoder reconstruction: {report.ActionReconstructionSequenceAccuracy:P1} of sequences, {report.ActionReconstructionStepAccuracy:P1} of steps");
        Console.WriteLine($"written to {destination}");
    }
}
