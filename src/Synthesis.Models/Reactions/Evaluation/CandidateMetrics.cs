using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Evaluation;

/// <summary>
/// What a chemist checks first about ranked candidates: is the top one the recorded compound (within L1 0.05, and
/// 0.02), is it among the top 3 or 5, and does the top candidate's probability tell right from wrong — AUROC of the
/// probability for a right top-1, and the expected calibration error over 10 equal-width bins (Σ nᵦ/N·|accuracyᵦ −
/// confidenceᵦ|), with the bins for a reliability diagram. <see cref="TopCandidate"/> holds the usual composition
/// figures of the top candidate.
/// </summary>
public sealed record CandidateMetrics(
    int Reactions,
    double ExactWithin005,
    double ExactWithin002,
    double Top3,
    double Top5,
    double RecordedAmongCandidates,
    double MeanCandidates,
    double Auroc,
    double ExpectedCalibrationError,
    double MeanTopProbability,
    IReadOnlyList<ReliabilityBin> Reliability,
    ReactionMetrics TopCandidate)
{
    public static CandidateMetrics Compute(IReadOnlyList<(Composition Truth, IReadOnlyList<Composition> Ranked, double TopProbability)> reactions)
    {
        if (reactions.Count == 0) throw new ArgumentException("no reactions to evaluate");
        if (reactions.Any(r => r.Ranked.Count == 0)) throw new ArgumentException("every reaction needs an answer (its model fractions when there are no candidates)");
        var right = reactions.Select(r => r.Ranked.Select(c => CompositionDistance.L1(c, r.Truth)).ToArray()).ToArray();
        double Share(Func<double[], bool> test) => right.Count(test) / (double)reactions.Count;
        var topRight = right.Select(d => d.Length > 0 && d[0] < 0.05).ToArray();
        var confidence = reactions.Select(r => r.TopProbability).ToArray();
        var bins = Enumerable.Range(0, 10).Select(b =>
        {
            var members = Enumerable.Range(0, reactions.Count).Where(i => Math.Min(9, (int)(confidence[i] * 10)) == b).ToArray();
            return new ReliabilityBin(b / 10.0, (b + 1) / 10.0, members.Length,
                members.Length == 0 ? 0 : members.Average(i => confidence[i]), members.Length == 0 ? 0 : members.Average(i => topRight[i] ? 1.0 : 0.0));
        }).ToArray();
        return new CandidateMetrics(
            reactions.Count,
            Share(d => d.Length > 0 && d[0] < 0.05),
            Share(d => d.Length > 0 && d[0] < 0.02),
            Share(d => d.Take(3).Any(x => x < 0.05)),
            Share(d => d.Take(5).Any(x => x < 0.05)),
            Share(d => d.Any(x => x < 0.05)),
            reactions.Average(r => r.Ranked.Count),
            AreaUnderRoc(confidence, topRight),
            bins.Sum(b => b.Count * Math.Abs(b.Accuracy - b.MeanConfidence)) / reactions.Count,
            confidence.Average(),
            bins,
            ReactionMetrics.Compute(reactions.Select(r => (r.Truth, r.Ranked[0])).ToArray()));
    }

    /// <summary>Probability that a random right case scores above a random wrong one (ties count half); 0.5 when either is missing.</summary>
    public static double AreaUnderRoc(IReadOnlyList<double> score, IReadOnlyList<bool> positive)
    {
        var order = Enumerable.Range(0, score.Count).OrderBy(i => score[i]).ToArray();
        var ranks = new double[score.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && score[order[end + 1]] == score[order[start]]) end++;
            for (var k = start; k <= end; k++) ranks[order[k]] = (start + end) / 2.0 + 1;
            start = end + 1;
        }
        var positives = positive.Count(p => p);
        var negatives = positive.Count - positives;
        if (positives == 0 || negatives == 0) return 0.5;
        var rankSum = Enumerable.Range(0, score.Count).Where(i => positive[i]).Sum(i => ranks[i]);
        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}

/// <summary>One bin of a reliability diagram: top-1 probabilities in [From, To), how many, their mean, and how many were right.</summary>
public sealed record ReliabilityBin(double From, double To, int Count, double MeanConfidence, double Accuracy);
