using Synthesis.Data.Reactions;
using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Training;

/// <summary>
/// Per test reaction, one tab-separated line: its id, the rank (0 first; −1 when absent) of the first answer within L1
/// 0.05 of its recorded product, its precursors and actions, the recorded product, its DOI, and the shipped scorer's
/// first five answers with their probabilities, sources and records. For reading where the ranking goes wrong.
/// </summary>
internal static class Examples
{
    public static void Print(ReactionModel model, TrainingData data, Literature literature, ModelOutput testOutput, CandidateScorer scorer, string output)
    {
        var ranker = new CandidateRanker(new CandidateGenerator(literature, scorer.GenerationOptions), scorer);
        using var writer = new StreamWriter(output);
        writer.WriteLine("reaction\trank\tprecursors\tactions\trecorded\tdoi\tanswers");
        for (var i = 0; i < data.Test.Count; i++)
        {
            var reaction = data.Test[i];
            var ranked = ranker.Rank(reaction.Precursors, ModelView.From(model, testOutput, i), reaction.Id, data.Doi(reaction.Id));
            var rank = RankOf(ranked, reaction.Product!);
            var answers = string.Join(" ; ", ranked.Candidates.Take(5).Select((c, k) => $"{c.Formula} {ranked.Probabilities[k]:F2} [{string.Join(",", c.Sources)}] n={c.Recorded}"));
            var recorded = data.Sources.TryGetValue(reaction.Id, out var source) ? RecordedProduct.Formula(source) : reaction.Product!.ToFormula();
            writer.WriteLine(string.Join("\t", reaction.Id, rank, string.Join(" + ", reaction.Precursors.Select(p => p.ToFormula())), string.Join(",", reaction.Actions),
                recorded, data.Doi(reaction.Id), answers));
        }
    }

    /// <summary>The rank (0 first) of the first answer within L1 0.05 of the recorded product; −1 when none is.</summary>
    public static int RankOf(RankedCandidates ranked, Composition recorded)
    {
        for (var k = 0; k < ranked.Candidates.Count; k++)
            if (CompositionDistance.L1(ranked.Candidates[k].Fractions, recorded) < CandidateScorer.RightWithin) return k;
        return -1;
    }
}
