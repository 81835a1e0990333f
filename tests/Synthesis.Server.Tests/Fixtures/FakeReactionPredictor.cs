using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// Test double for the model that fails on demand: "PuO2" as first precursor throws an unexpected exception
/// (the client must see INTERNAL without its text), "AmO2" a rejection (ArgumentException, INVALID_ARGUMENT).
/// Anything else predicts the first precursor, with no neighbours.
/// </summary>
public sealed class FakeReactionPredictor(IReactionCatalog catalog) : IReactionPredictor
{
    public const string SecretFailure = "secret stack detail";
    public const string Rejection = "element 'Am' is outside the model's vocabulary";

    public string ModelVersion => "test-double";

    public IReadOnlyList<ProductPrediction> Predict(IReadOnlyList<ReactionQuery> queries, int neighbours, int candidates) =>
        queries.Select(q => q.Precursors[0].ToFormula() switch
        {
            "PuO2" => throw new InvalidOperationException(SecretFailure),
            "AmO2" => throw new ArgumentException(Rejection),
            var formula => new ProductPrediction(formula, [], 0, [], [], formula, []),
        }).ToList();

    public IReadOnlyList<SimilarReaction>? SimilarTo(string reactionId, int k) => catalog.Get(reactionId) is null ? null : [];
}
