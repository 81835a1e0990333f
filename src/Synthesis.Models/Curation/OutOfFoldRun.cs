using System.Security.Cryptography;
using System.Text;
using Synthesis.Data.Reactions;
using Synthesis.Data.Statistics;
using Synthesis.Models.Reactions;

namespace Synthesis.Models.Curation;

/// <summary>What one fold's members learn from: reactions of other papers only.</summary>
public sealed record FoldTrainingSet(int Fold, IReadOnlyList<Reaction> Train, IReadOnlyList<Reaction> Validation);

/// <summary>Trains a fold's members (resumably, in <c>directory</c>) and returns a predictor whose neighbours are the training reactions only.</summary>
public interface IFoldTrainer
{
    /// <summary>Names what is trained (architecture, members, epochs, seed): part of the run's model version.</summary>
    string Description { get; }

    IReactionPredictor Train(FoldTrainingSet set, string directory, CancellationToken cancellation);
}

/// <summary>
/// Scores every reaction with members that never saw its paper: trains one small ensemble per fold (see
/// <see cref="FoldPlan"/>) and scores the fold with it. Each finished fold's scores are written atomically to
/// <c>fold-N/scores.json</c> under the work folder, so a killed run keeps its finished folds (and the trainer its
/// checkpoints) and picks up where it stopped; a different plan (other data, folds or seed) starts over.
/// </summary>
public sealed class OutOfFoldRun(string workDirectory, IFoldTrainer trainer, Action<string> progress)
{
    /// <summary>The model version the run's flags carry: the same for the same trainer, folds and seed.</summary>
    public string ModelVersion(int folds, int seed) =>
        $"out-of-fold-k{folds}-seed{seed}-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(trainer.Description)))[..8];

    public List<ScoredReaction> Run(IReadOnlyList<Reaction> reactions, int folds, int seed, CancellationToken cancellation = default)
    {
        var plan = FoldPlan.Make(reactions, folds, seed);
        PrepareWorkDirectory(plan);
        var byId = reactions.ToDictionary(r => r.Id);
        var scored = new List<ScoredReaction>();
        foreach (var fold in plan)
        {
            cancellation.ThrowIfCancellationRequested();
            var folder = Path.Combine(workDirectory, $"fold-{fold.Number}");
            var scoresFile = Path.Combine(folder, "scores.json");
            if (ScoreFile.TryRead(scoresFile) is { } earlier)
            {
                progress($"fold {fold.Number}/{folds}: finished earlier ({earlier.Count:N0} reactions scored)");
                scored.AddRange(earlier);
                continue;
            }
            FoldPapers.Write(folder, fold.Score.Select(id => byId[id]), fold.Validation.Select(id => byId[id]));
            progress($"fold {fold.Number}/{folds}: training on {fold.Train.Count:N0} reactions ({fold.Validation.Count:N0} for early stopping), then scoring {fold.Score.Count:N0}");
            var set = new FoldTrainingSet(fold.Number, fold.Train.Select(id => byId[id]).ToList(), fold.Validation.Select(id => byId[id]).ToList());
            var predictor = trainer.Train(set, folder, cancellation);
            try
            {
                var toScore = fold.Score.Select(id => byId[id]).ToList();
                var results = ReactionScorer.Score(predictor, toScore, done => progress($"fold {fold.Number}/{folds}: scored {done:N0}/{toScore.Count:N0}"), cancellation);
                ScoreFile.Write(scoresFile, results);
                scored.AddRange(results);
            }
            finally
            {
                (predictor as IDisposable)?.Dispose();
            }
        }
        return scored;
    }

    /// <summary>Keeps finished folds only when they belong to this same plan; otherwise clears them.</summary>
    private void PrepareWorkDirectory(IReadOnlyList<Fold> plan)
    {
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            trainer.Description + "\n" + string.Join("\n", plan.Select(f => $"{f.Number}:{string.Join(',', f.Score)}|{string.Join(',', f.Validation)}")))));
        var planFile = Path.Combine(workDirectory, "plan.sha256");
        if (File.Exists(planFile) && File.ReadAllText(planFile).Trim() == fingerprint) return;
        if (Directory.Exists(workDirectory))
            foreach (var folder in Directory.GetDirectories(workDirectory, "fold-*")) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(workDirectory);
        AtomicFile.Write(planFile, temporary => File.WriteAllText(temporary, fingerprint));
    }
}
