using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// Test double for the model: the product is the precursors' summed composition, neighbours are the catalog's
/// reactions in dataset order. "PuO2" as first precursor makes it fail (an INTERNAL error), "AmO2" makes it reject the query.
/// </summary>
public sealed class FakeReactionPredictor(IReactionCatalog catalog) : IReactionPredictor
{
    public const string Version = "test-double";
    public const string SecretFailure = "secret stack detail";

    public string ModelVersion => Version;

    public IReadOnlyList<ProductPrediction> Predict(IReadOnlyList<ReactionQuery> queries, int neighbours) =>
        queries.Select(q => Predict(q, neighbours)).ToList();

    public IReadOnlyList<SimilarReaction>? SimilarTo(string reactionId, int k) =>
        catalog.Get(reactionId) is null ? null : Neighbours(k, except: reactionId);

    private ProductPrediction Predict(ReactionQuery query, int neighbours)
    {
        var first = query.Precursors[0].ToFormula();
        if (first == "PuO2") throw new InvalidOperationException(SecretFailure);
        if (first == "AmO2") throw new ArgumentException("element 'Am' is outside the model's vocabulary");
        var product = Composition.From(query.Precursors.SelectMany(p => p.Normalised()));
        var elements = product.Normalised().Select(e => new ElementPrediction(e.Key, e.Value, 0.01, 0.99)).ToList();
        return new ProductPrediction(product.ToReadableFormula(), elements, 0.05, Neighbours(neighbours, except: null));
    }

    private List<SimilarReaction> Neighbours(int k, string? except) =>
        catalog.Summaries().Where(r => r.Id != except).Take(k)
            .Select((r, i) => new SimilarReaction(r.Id, r.Doi, r.ReactionString, r.TargetFormula, 0.99 - 0.05 * i)).ToList();
}
