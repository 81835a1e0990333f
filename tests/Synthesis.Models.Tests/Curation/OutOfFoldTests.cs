using Synthesis.Models.Reactions.Candidates;
using Synthesis.Data.Curation.Rules;
using Synthesis.Models.Curation;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Neighbours;
using Synthesis.Models.Tests.Reactions;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Curation;

public sealed class OutOfFoldTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("synthesis-oof-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>Remembers what each fold trained on; its predictor names its fold in the predicted formula.</summary>
    private sealed class RecordingTrainer(int? failOnFold = null) : IFoldTrainer
    {
        public Dictionary<int, HashSet<string>> Trained { get; } = [];
        public string Description => "recording";

        public IReactionPredictor Train(FoldTrainingSet set, string directory, CancellationToken cancellation)
        {
            if (set.Fold == failOnFold) throw new OperationCanceledException("killed");
            Trained[set.Fold] = set.Train.Concat(set.Validation).Select(r => r.Id).ToHashSet();
            return new FoldPredictor(set.Fold);
        }
    }

    private sealed class FoldPredictor(int fold) : IReactionPredictor
    {
        public string ModelVersion => $"fold-{fold}";

        public IReadOnlyList<ProductPrediction> Predict(IReadOnlyList<ReactionQuery> queries, int neighbours, int candidates) =>
            queries.Select(_ => new ProductPrediction($"fold-{fold}", [new ElementPrediction("O", 1, 0, 0.9, 1)], 0.01, [], [], $"fold-{fold}", [])).ToList();

        public IReadOnlyList<SimilarReaction>? SimilarTo(string reactionId, int k) => null;
    }

    [Fact]
    public void No_fold_member_trains_on_a_reaction_it_scores_nor_on_any_reaction_of_its_papers()
    {
        var reactions = SyntheticPapers.Make(240);
        var trainer = new RecordingTrainer();

        var scored = new OutOfFoldRun(_work, trainer, _ => { }).Run(reactions, folds: 5, seed: 3);

        Assert.Equal(reactions.Select(r => r.Id).Order(), scored.Select(s => s.ReactionId).Order());
        var byId = reactions.ToDictionary(r => r.Id);
        foreach (var s in scored)
        {
            var fold = int.Parse(s.PredictedProduct["fold-".Length..]);
            var paper = DoiVariants.Normalise(byId[s.ReactionId].Doi);
            Assert.DoesNotContain(s.ReactionId, trainer.Trained[fold]);
            Assert.DoesNotContain(trainer.Trained[fold], id => DoiVariants.Normalise(byId[id].Doi) == paper);
        }
        Assert.Equal(5, trainer.Trained.Count);
        Assert.All(trainer.Trained.Values, trained => Assert.InRange(trained.Count, 180, 200));
    }

    [Fact]
    public void The_plan_is_the_same_for_the_same_reactions_and_seed_and_differs_for_another_seed()
    {
        var reactions = SyntheticPapers.Make(120);

        Assert.Equal(FoldPlan.Make(reactions, 4, 1).Select(f => f.Score), FoldPlan.Make(reactions, 4, 1).Select(f => f.Score));
        Assert.NotEqual(FoldPlan.Make(reactions, 4, 1).Select(f => string.Join(',', f.Score)), FoldPlan.Make(reactions, 4, 2).Select(f => string.Join(',', f.Score)));
    }

    [Fact]
    public void A_killed_run_keeps_its_finished_folds_and_trains_only_the_rest()
    {
        var reactions = SyntheticPapers.Make(120);
        var lines = new List<string>();
        Assert.Throws<OperationCanceledException>(() => new OutOfFoldRun(_work, new RecordingTrainer(failOnFold: 3), lines.Add).Run(reactions, 4, 7));

        var resumed = new RecordingTrainer();
        var scored = new OutOfFoldRun(_work, resumed, lines.Add).Run(reactions, 4, 7);

        Assert.Equal([3, 4], resumed.Trained.Keys.Order());
        Assert.Equal(120, scored.Count);
        Assert.Contains(lines, l => l.StartsWith("fold 1/4: finished earlier", StringComparison.Ordinal));
    }

    [Fact]
    public void Tiny_real_members_score_every_reaction_and_a_rerun_reuses_the_finished_folds()
    {
        var reactions = SyntheticPapers.Make(160);
        var trainer = new TorchFoldTrainer(SyntheticReactions.TinyTraining(epochs: 2) with { AutoencoderEpochs = 2 }, CPU);

        var first = new OutOfFoldRun(_work, trainer, _ => { }).Run(reactions, folds: 2, seed: 1);
        var lines = new List<string>();
        var again = new OutOfFoldRun(_work, trainer, lines.Add).Run(reactions, folds: 2, seed: 1);

        Assert.Equal(160, first.Count);
        Assert.True(File.Exists(Path.Combine(_work, "fold-1", "model", ModelFiles.Manifest)));
        Assert.All(first, s => Assert.InRange(s.Signals.TopProbability, 0, 1));
        Assert.All(first, s => Assert.DoesNotContain(s.Neighbours, n => n.ReactionId == s.ReactionId));
        var paperOf = reactions.ToDictionary(r => r.Id, r => r.Doi);
        Assert.All(first, s => Assert.DoesNotContain(s.Neighbours, n => n.Doi == paperOf[s.ReactionId]));
        Assert.True(File.Exists(Path.Combine(_work, "fold-1", "model", CandidateScorer.FileName)), "each fold trains its candidate scorer");
        Assert.All(first, s => Assert.True(s.Signals.HasCandidates, "scored with the fold's ranked candidates"));
        Assert.Equal(first.Select(s => (s.ReactionId, s.PredictedProduct)), again.Select(s => (s.ReactionId, s.PredictedProduct)));
        Assert.Equal(2, lines.Count(l => l.Contains("finished earlier", StringComparison.Ordinal)));

        // The same members score a copy of the data: each reaction by the fold holding its paper, never seeing it, with
        // exact neighbours and with the approximate index (chosen here from one reaction on).
        foreach (var search in new[] { new NeighbourSearchOptions(), new NeighbourSearchOptions { ApproximateFrom = 1 } })
        {
            var copy = new FoldMembersRun(_work, CPU, _ => { }, search);
            var rescored = copy.Run(reactions);
            Assert.Equal(2, copy.Folds.Count);
            Assert.Equal(reactions.Count(r => r.Doi.Length > 0), rescored.Count);
            Assert.Contains(rescored, s => s.Neighbours.Count > 0);
            foreach (var s in rescored)
            {
                var fold = copy.Folds.Single(f => f.Scored.Contains(FoldPapers.Paper(reactions.Single(r => r.Id == s.ReactionId))));
                Assert.DoesNotContain(s.Neighbours, n => n.ReactionId == s.ReactionId);
                Assert.All(s.Neighbours, n => Assert.False(fold.Scored.Contains(DoiVariants.Normalise(n.Doi)) || fold.Validation.Contains(DoiVariants.Normalise(n.Doi)),
                    "a neighbour from a paper the fold scores or stopped early on"));
            }
            Assert.StartsWith("members-of-out-of-fold-k2-", copy.ModelVersion, StringComparison.Ordinal);
        }
    }
}
