using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;

/// <summary>
/// Why a test reaction's recorded product is not among its candidates, and so what any ranking of these sources can reach
/// at most: each reaction whose recorded product no candidate is within L1 0.05 of, put in the first of
/// <list type="bullet">
/// <item>"other elements": the recorded product's element set is not the model's;</item>
/// <item>"known product": a product of the literature (the split's training reactions) with these elements is within L1 0.05;</item>
/// <item>"one swap": a known product with one element swapped (every analogue, not only the nearest) is;</item>
/// <item>"host + dopant": a known product or one swap is, once the recorded product's minor element (≤ 5 atom %) is
/// folded into the most alike element (Pettifor) of the rest;</item>
/// <item>"new": none of these.</item>
/// </list>
/// </summary>
internal static class Misses
{
    public static object Analyse(ReactionModel model, TrainingData data, Literature literature, ModelOutput testOutput, CandidateOptions options)
    {
        var generator = new CandidateGenerator(literature, options);
        var counts = new Dictionary<string, int> { ["among the candidates generated"] = 0, ["other elements"] = 0, ["known product"] = 0, ["one swap"] = 0, ["host + dopant"] = 0, ["new"] = 0 };
        for (var i = 0; i < data.Test.Count; i++)
        {
            var reaction = data.Test[i];
            var view = ModelView.From(model, testOutput, i);
            var set = generator.Generate(reaction.Precursors, view, reaction.Id, data.Doi(reaction.Id));
            var recorded = reaction.Product!;
            counts[Category(literature, set, view, recorded, data.Doi(reaction.Id)?.ToLowerInvariant())]++;
        }
        return counts.ToDictionary(c => c.Key, c => new { reactions = c.Value, share = c.Value / (double)data.Test.Count });
    }

    private static string Category(Literature literature, CandidateSet set, ModelView view, Composition recorded, string? doi)
    {
        if (set.Candidates.Any(c => CompositionDistance.L1(c.Fractions, recorded) < CandidateScorer.RightWithin)) return "among the candidates generated";
        if (!recorded.Elements.ToHashSet().SetEquals(view.Fractions.Elements)) return "other elements";
        if (Reachable(literature, recorded, doi, swaps: false)) return "known product";
        if (Reachable(literature, recorded, doi, swaps: true)) return "one swap";
        var fractions = recorded.Normalised();
        var minor = fractions.Where(e => e.Value <= 0.05 && e.Key != "O").ToArray();
        foreach (var (dopant, _) in minor)
        {
            var host = fractions.Where(e => e.Key != dopant && e.Key != "O")
                .OrderBy(e => Math.Abs(Synthesis.Chemistry.Elements.ElementTable.Default.PettiforPosition(e.Key) - Synthesis.Chemistry.Elements.ElementTable.Default.PettiforPosition(dopant)))
                .Select(e => e.Key).FirstOrDefault();
            if (host is null) continue;
            var folded = fractions.Renamed(dopant, host);
            if (Reachable(literature, folded, doi, swaps: false) || Reachable(literature, folded, doi, swaps: true)) return "host + dopant";
        }
        return "new";
    }

    /// <summary>Whether a known product with these elements (or, with <paramref name="swaps"/>, one swap away) is within L1 0.05.</summary>
    private static bool Reachable(Literature literature, Composition product, string? doi, bool swaps)
    {
        if (!swaps)
            return literature.ProductsWithElements(product.Elements).Any(p => literature.Support(p, doi) > 0 && CompositionDistance.L1(literature.Product(p).AsWritten, product) < CandidateScorer.RightWithin);
        return literature.Analogues(product.Elements.ToArray(), int.MaxValue).Any(a => literature.Support(a.Product, doi) > 0 &&
            CompositionDistance.L1(literature.Product(a.Product).AsWritten.Renamed(a.By, a.Replaced), product) < CandidateScorer.RightWithin);
    }
}
