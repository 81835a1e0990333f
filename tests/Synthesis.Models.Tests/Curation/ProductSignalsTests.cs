using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Curation;
using Synthesis.Data.Reactions;
using Synthesis.Models.Curation;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;

namespace Synthesis.Models.Tests.Curation;

public class ProductSignalsTests
{
    private static readonly Reaction Recorded = new()
    {
        Id = "r1", Doi = "10.1000/a", Kept = true, TargetFormula = "LaMnO3", Target = new() { ["La"] = 1, ["Mn"] = 1, ["O"] = 3 },
        Precursors = [new() { Formula = "La2O3" }, new() { Formula = "MnO2" }],
    };

    private static ProductCandidate Candidate(string formula, double probability) =>
        new(formula, Composition.Parse(formula).Normalised().ToList(), probability, [CandidateSources.Literature], LiteratureSupport.None);

    private static SimilarReaction Neighbour(string id, string target, string doi = "10.1000/other") => new(id, doi, "", target, 0.9);

    [Fact]
    public void With_candidates_the_recorded_products_rank_and_probability_and_the_literatures_agreement_are_measured()
    {
        var prediction = new ProductPrediction("La0.7Ca0.3MnO3", [], 0.02,
            [Neighbour("r1", "LaMnO3"), Neighbour("r2", "La0.7Ca0.3MnO3"), Neighbour("r3", "La0.67Ca0.33MnO3"), Neighbour("r4", "LaMnO3", doi: "10.1000/A"), Neighbour("r5", "LaMnO3")],
            [Candidate("La0.7Ca0.3MnO3", 0.7), Candidate("LaMnO3", 0.2)], "La0.7Ca0.3MnO3", []);

        var scored = ProductSignals.Measure(Recorded, prediction);

        Assert.Equal((2, 0.2, 0.7), (scored.Signals.RecordedRank, scored.Signals.RecordedProbability, scored.Signals.TopProbability));
        Assert.Equal(["Ca"], scored.Signals.ExtraElements);
        Assert.Equal(3, scored.Signals.NeighboursConsidered);
        Assert.Equal(2 / 3.0, scored.Signals.NeighbourAgreement, 6);
        Assert.True(scored.Signals.HasCandidates);
        Assert.Equal([FlagReason.ModelDisagrees, FlagReason.ElementSetMismatch, FlagReason.NeighboursDisagree], scored.Reasons);
        Assert.Equal("La0.7Ca0.3MnO3", scored.PredictedProduct);
    }

    [Fact]
    public void Without_candidates_the_models_fractions_stand_in_as_the_one_candidate()
    {
        var elements = new[] { new ElementPrediction("La", 0, 0, 0.99, 0.2), new ElementPrediction("Mn", 0, 0, 0.98, 0.2), new ElementPrediction("O", 0, 0, 1, 0.6),
            new ElementPrediction("Ca", 0, 0, 0.1, 0) };
        var prediction = new ProductPrediction("LaMnO3", elements, 0.01, [], [], "LaMnO3", []);

        var scored = ProductSignals.Measure(Recorded, prediction);

        Assert.Equal(1, scored.Signals.RecordedRank);
        Assert.False(scored.Signals.HasCandidates);
        Assert.Equal(0.99 * 0.98 * 1 * 0.9 * Math.Exp(-0.01 / 0.05), scored.Signals.TopProbability, 6);
        Assert.Equal(0, scored.Signals.L1Error, 6);
        Assert.Empty(scored.Reasons);
        Assert.Equal(0, FlagScore.Model(scored.Signals), 6);
    }
}
