using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;

namespace Synthesis.Web.Tests.Fixtures;

/// <summary>
/// Stands in for a model with a candidate scorer (the contract's PredictResponse.candidates, which the shipped
/// model does not fill yet): whatever the query, BaTiO3 first, supported by the sample's stored BaTiO3 reaction
/// with the heating it reports, then Ba2TiO4; and a warning that the query is unlike the data.
/// </summary>
public sealed class CandidatePredictor(IReactionCatalog catalog) : IReactionPredictor
{
    public const string Warning = "no stored reaction shares a precursor with the query: the answer rests on the model alone";
    public static readonly double[] Temperatures = [1100, 1250];
    public static readonly double[] Times = [4, 12];

    public string ModelVersion => "candidate-double";

    public IReadOnlyList<ProductPrediction> Predict(IReadOnlyList<ReactionQuery> queries, int neighbours, int candidates)
    {
        var stored = catalog.Summaries().First(s => s.TargetFormula == "BaTiO3");
        var example = new SupportingReaction(stored.Id, stored.Doi, stored.ReactionString, 1.0, Temperatures, Times);
        ProductCandidate[] ranked =
        [
            new("BaTiO3", [new("Ba", 0.2), new("Ti", 0.2), new("O", 0.6)], 0.72, [CandidateSources.Literature, CandidateSources.Model],
                new LiteratureSupport(57, 8, [example])),
            new("Ba2TiO4", [new("Ba", 2 / 7.0), new("Ti", 1 / 7.0), new("O", 4 / 7.0)], 0.15, [CandidateSources.ChargeBalanced], LiteratureSupport.None),
            new("Ba2TiO4", [new("Ba", 2 / 7.0), new("Ti", 1 / 7.0), new("O", 4 / 7.0)], 0.05, [CandidateSources.Analogue], LiteratureSupport.None)
            {
                Analogues = ["Sr2TiO4", "Ca2TiO4"],
            },
            new("BaTi0.95Zr0.05O3", [new("Ba", 0.2), new("Ti", 0.19), new("Zr", 0.01), new("O", 0.6)], 0.03, [CandidateSources.Doped], LiteratureSupport.None)
            {
                DopedHost = "BaTiO3",
            },
        ];
        ElementPrediction[] elements = [new("O", 0.6, 0.02, 1, 0.61), new("Ti", 0.2, 0.01, 1, 0.21), new("Ba", 0.2, 0.01, 1, 0.18)];
        SimilarReaction[] similar = [new(stored.Id, stored.Doi, stored.ReactionString, stored.TargetFormula, 0.99)];
        return queries.Select(_ => new ProductPrediction("BaTiO3", elements, 0.03, similar.Take(neighbours).ToList(),
            ranked.Take(candidates).ToList(), "Ba3Ti4O11", [Warning])).ToList();
    }

    public IReadOnlyList<SimilarReaction>? SimilarTo(string reactionId, int k) => [];
}
