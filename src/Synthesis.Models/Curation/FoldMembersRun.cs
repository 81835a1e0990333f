using System.Security.Cryptography;
using System.Text;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Neighbours;
using static TorchSharp.torch;

namespace Synthesis.Models.Curation;

/// <summary>
/// Scores another copy of a dataset (the seeded-error copy) with the fold members of an earlier out-of-fold run on
/// it: each reaction is scored by the members of the fold that holds its paper, which never trained on that paper,
/// with the copy's reactions of the fold's training papers as neighbours and literature (the fold's scored and
/// early-stopping papers left out, as in the run itself). Reactions of papers no fold holds (no DOI, or papers new to
/// the copy) get rule checks only. Saves a second k-fold training: the members' training data lacks only the copy's
/// changes to other folds' papers (200 of 23,248 records for the seeded copy). <paramref name="search"/> picks exact or
/// approximate neighbours by the literature's size (null: the defaults).
/// </summary>
public sealed class FoldMembersRun(string earlierWorkDirectory, Device device, Action<string> progress, NeighbourSearchOptions? search = null)
{
    public IReadOnlyList<FoldPapers.Entry> Folds { get; } = FoldPapers.Read(earlierWorkDirectory);

    /// <summary>The earlier run's plan with "members-of", so flags say whose members scored them.</summary>
    public string ModelVersion
    {
        get
        {
            var plan = Path.Combine(earlierWorkDirectory, "plan.sha256");
            var fingerprint = File.Exists(plan) ? File.ReadAllText(plan).Trim() : "";
            return $"members-of-out-of-fold-k{Folds.Count}-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..8];
        }
    }

    public List<ScoredReaction> Run(IReadOnlyList<Reaction> reactions, CancellationToken cancellation = default)
    {
        if (Folds.Count == 0)
            throw new ArgumentException($"--members-from: no finished fold with its paper lists in '{earlierWorkDirectory}' (run `synthesis curate run` there first)");
        var scored = new List<ScoredReaction>();
        foreach (var fold in Folds)
        {
            cancellation.ThrowIfCancellationRequested();
            var toScore = reactions.Where(r => fold.Scored.Contains(FoldPapers.Paper(r))).ToList();
            var literature = reactions.Where(r => FoldPapers.Paper(r) is { Length: > 0 } paper && !fold.Scored.Contains(paper) && !fold.Validation.Contains(paper)).ToList();
            progress($"{Path.GetFileName(fold.Folder)}: scoring {toScore.Count:N0} reactions with its members, {literature.Count:N0} reactions of its training papers as literature");
            using var predictor = new ReactionPredictor(ReactionModel.Load(Path.Combine(fold.Folder, "model"), device), literature, search: search);
            scored.AddRange(ReactionScorer.Score(predictor, toScore, done => progress($"{Path.GetFileName(fold.Folder)}: scored {done:N0}/{toScore.Count:N0}"), cancellation));
        }
        return scored;
    }
}
