using Synthesis.Models.Reactions.Evaluation;

namespace Synthesis.Reports.Reactions;

/// <summary>The PNGs beside an evaluation's metrics.json: parity, cumulative EleMD, uncertainty removal, candidate reliability.</summary>
public static class EvaluationFigures
{
    public static void Write(ReactionEvaluation evaluation, string folder)
    {
        EvaluationPlots.Parity(Path.Combine(folder, "parity.png"), evaluation.Predicted, evaluation.Uncertainty);
        EvaluationPlots.CumulativeElementMovers(Path.Combine(folder, "emd-cumulative.png"), evaluation.ModelElementMovers, evaluation.NullElementMovers);
        EvaluationPlots.UncertaintyRemoval(Path.Combine(folder, "uncertainty-removal.png"), evaluation.Report.ErrorWhenMostUncertainRemoved);
        if (evaluation.Report.Candidates?.Rows.FirstOrDefault(r => r.Name == CandidateEvaluation.Ranked) is { } ranked)
            EvaluationPlots.Reliability(Path.Combine(folder, "candidate-reliability.png"), ranked.Metrics.Reliability);
    }
}
