using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;

namespace Synthesis.Models.Reactions.Baselines;

/// <summary>
/// What a chemist would do instead of asking a model: look the precursors up in the literature. The stored reactions
/// with the most similar precursor set (Jaccard over precursor formulas) are the answer's tier; the baseline returns
/// either the average of their recorded products or the product they record most often (ties: the one recorded most
/// often anywhere). A reaction that shares no precursor with any stored reaction gets the Null baseline. The reaction's
/// own paper is never looked up.
/// </summary>
public sealed class LiteratureLookupBaseline(Literature literature, NullBaseline fallback)
{
    /// <summary>Similar reactions read to rank products for top-k (the tier comes first): the candidates' default depth.</summary>
    public const int Depth = CandidateOptions.DefaultSimilarReactions;

    public Composition Average(ReactionExample example, string? doi) =>
        new LiteratureTier(literature, Similar(example, doi)).Average() ?? fallback.Predict(example);

    /// <summary>Products of the most similar reactions, most often recorded in the top tier first, then by similarity; Null when there are none.</summary>
    public IReadOnlyList<Composition> MostOften(ReactionExample example, string? doi)
    {
        var similar = Similar(example, doi);
        if (similar.Count == 0) return [fallback.Predict(example)];
        return similar.GroupBy(s => literature.ProductOf(s.Record))
            .OrderByDescending(g => g.Max(s => s.Jaccard)).ThenByDescending(g => g.Count()).ThenByDescending(g => literature.Product(g.Key).Records)
            .Select(g => literature.Product(g.Key).AsWritten.Normalised())
            .ToArray();
    }

    private IReadOnlyList<(int Record, double Jaccard)> Similar(ReactionExample example, string? doi) =>
        literature.MostSimilar(Literature.Keys(example.Precursors), literature.Excluding(example.Id, doi), Depth);
}
