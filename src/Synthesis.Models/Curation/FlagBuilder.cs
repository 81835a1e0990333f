using System.Security.Cryptography;
using System.Text;
using Synthesis.Data.Curation;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions.Candidates;

namespace Synthesis.Models.Curation;

/// <summary>Turns a reaction's model signals (if it was scored) and rule findings into a flag of a run, when its score reaches the threshold.</summary>
public static class FlagBuilder
{
    public static string IdOf(string runId, string reactionId) =>
        "f" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{runId}\n{reactionId}")))[..15];

    public static FlagRecord? Build(RunRecord run, Reaction reaction, ScoredReaction? scored, IReadOnlyList<RuleFinding> findings)
    {
        var score = FlagScore.Of(scored?.Signals, findings);
        if (score < run.Threshold || score <= 0) return null;
        var reasons = findings.Select(f => f.Reason).Concat(scored is null ? [] : scored.Reasons).Distinct()
            .OrderByDescending(Strength).ToList();
        return new FlagRecord
        {
            Id = IdOf(run.Id, reaction.Id),
            RunId = run.Id,
            ReactionId = reaction.Id,
            Doi = reaction.Doi,
            ReactionString = reaction.ReactionString,
            Reasons = reasons,
            Score = score,
            RecordedProduct = RecordedProduct.Formula(reaction),
            PredictedProduct = scored?.PredictedProduct ?? "",
            Confidence = scored?.Signals.TopProbability ?? 0,
            Signals = scored?.Signals,
            Findings = [.. findings],
            Candidates = scored?.Candidates ?? [],
            Neighbours = scored?.Neighbours ?? [],
            DatasetVersion = run.DatasetVersion,
            ModelVersion = run.ModelVersion,
            InSample = run.Mode == RunRecord.InSample,
        };
    }

    /// <summary>Strongest reasons first: rule weights, then the model's own reasons.</summary>
    private static double Strength(FlagReason reason) => reason switch
    {
        FlagReason.ModelDisagrees => 0.55,
        FlagReason.ElementSetMismatch => 0.45,
        FlagReason.NeighboursDisagree => 0.35,
        _ => Data.Curation.Rules.RuleChecks.Weight(reason),
    };
}
