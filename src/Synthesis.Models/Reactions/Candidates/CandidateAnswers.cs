using Synthesis.Chemistry.Distances;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Which scored candidates the service answers with. Candidates within <see cref="CandidateScorer.RightWithin"/> (L1) of
/// each other are one answer to a chemist (BaTiO3 and Ba0.99TiO3), so each answer takes the probability of the candidates
/// it stands for: a probability then means "the recorded product is within L1 0.05 of this", the answers' probabilities
/// add up to at most 1, and the top five are five different answers. Each method returns the answers (indices into the
/// candidates) in the order chosen, with their probabilities.
/// </summary>
public static class CandidateAnswers
{
    /// <summary>How much less probability the textbook compound near the best-covering answer may cover and still answer instead.</summary>
    public const double TextbookMargin = 0.05;

    /// <summary>
    /// Most probable first: a candidate within <see cref="CandidateScorer.RightWithin"/> of a more probable one merges
    /// into it, which keeps its formula and takes the probability (the choice before 2026-11-30).
    /// </summary>
    public static (List<int> Kept, List<double> Mass) MergedIntoMostProbable(IReadOnlyList<Candidate> candidates, double[] probabilities, int[] order)
    {
        var (kept, mass) = (new List<int>(), new List<double>());
        foreach (var i in order)
        {
            var home = kept.FindIndex(k => CompositionDistance.L1(candidates[k].Fractions, candidates[i].Fractions) < CandidateScorer.RightWithin);
            if (home >= 0) mass[home] += probabilities[i];
            else
            {
                kept.Add(i);
                mass.Add(probabilities[i]);
            }
        }
        return (kept, mass);
    }

    /// <summary>
    /// The answers that cover the most probability: first the candidate with the largest summed probability of the
    /// candidates within <see cref="CandidateScorer.RightWithin"/> of it (itself included) — the answer most likely to be
    /// right by the proto's definition — then, among the candidates it did not cover, the next, and so on. Ties go to the
    /// earlier in <paramref name="order"/>. An analogue answers only where no recorded compound is near it, a rounding
    /// only where neither is (Answerable below): the chemist reads the compound the literature names.
    /// </summary>
    public static (List<int> Kept, List<double> Mass) Covering(IReadOnlyList<Candidate> candidates, double[] probabilities, int[] order)
    {
        // Fractions as dense rows over the elements of all the candidates (a handful), so that the n² distances are plain
        // loops; each candidate's neighbours within the threshold as a list, and each one's uncovered mass kept up to date
        // as neighbours are covered: O(n² · elements) once, then O(edges).
        var n = order.Length;
        var elements = new List<string>();
        foreach (var i in order)
            foreach (var (element, _) in candidates[i].Fractions)
                if (!elements.Contains(element)) elements.Add(element);
        var rows = new double[n][];
        for (var a = 0; a < n; a++)
        {
            rows[a] = new double[elements.Count];
            foreach (var (element, share) in candidates[order[a]].Fractions) rows[a][elements.IndexOf(element)] = share;
        }
        var near = Enumerable.Range(0, n).Select(a => new List<int> { a }).ToArray();
        for (var a = 0; a < n; a++)
            for (var b = a + 1; b < n; b++)
            {
                var distance = 0.0;
                for (var k = 0; k < elements.Count; k++) distance += Math.Abs(rows[a][k] - rows[b][k]);
                if (distance >= CandidateScorer.RightWithin) continue;
                near[a].Add(b);
                near[b].Add(a);
            }
        var cover = new double[n];
        for (var a = 0; a < n; a++)
            foreach (var b in near[a]) cover[a] += probabilities[order[b]];
        var covered = new bool[n];
        var (kept, mass) = (new List<int>(), new List<double>());
        for (var left = n; left > 0;)
        {
            var best = -1;
            for (var a = 0; a < n; a++)
                if (!covered[a] && Answerable(a) && (best < 0 || cover[a] > cover[best])) best = a;
            // The textbook compound near it answers instead where it covers nearly as much (TextbookMargin): of those, the
            // firmest, then the one recorded most often, then the most probable — LiMn2O4 (recorded 165 times, covering
            // 0.62) rather than Li1.08Mn1.92O4 (twice, 0.64) between it and the lithium-rich spinels.
            var top = best;
            foreach (var r in near[top])
                if (!covered[r] && Answerable(r) && cover[r] >= cover[top] - TextbookMargin
                    && (Firmness(r), candidates[order[r]].Recorded, probabilities[order[r]]).CompareTo((Firmness(best), candidates[order[best]].Recorded, probabilities[order[best]])) > 0)
                    best = r;
            var answered = 0.0;
            foreach (var b in near[best])
            {
                if (covered[b]) continue;
                covered[b] = true;
                left--;
                answered += probabilities[order[b]];
                foreach (var a in near[b]) cover[a] -= probabilities[order[b]];
            }
            kept.Add(order[best]);
            mass.Add(answered);
        }
        return (kept, mass);

        // A candidate answers only where no uncovered candidate of a firmer kind is within the threshold of it — a compound
        // the literature records, then an analogue of one, then a rounding or a charge-balanced ratio: "BaTiO3", not the
        // analogue "BaTi0.94O3" or the rounding "Sr4Ti4O13" 0.02–0.04 away that would cover a little more.
        bool Answerable(int a) => !near[a].Any(b => !covered[b] && Firmness(b) > Firmness(a));
        int Firmness(int a) => candidates[order[a]].Recorded > 0 ? 2 : candidates[order[a]].Swaps.Count > 0 ? 1 : 0;
    }
}
