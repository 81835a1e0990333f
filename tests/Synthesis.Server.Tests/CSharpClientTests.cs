using Grpc.Core;
using Synthesis.Client;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests;

/// <summary>The C# client library against the running server: the happy paths of every RPC.</summary>
[Collection(RealModelCollection.Name)]
public sealed class CSharpClientTests(RealModelServer server) : IDisposable
{
    private readonly SynthesisClient _client = new(server.Address);

    [Fact]
    public async Task Predict_returns_a_product_with_neighbours_and_the_model_version()
    {
        var prediction = await _client.PredictAsync(["Na2O2", "NiO"], ["mixing", "heating"], neighbours: 3);

        Assert.False(string.IsNullOrEmpty(prediction.Formula));
        Assert.Subset(new HashSet<string> { "Na", "Ni", "O" }, prediction.Elements.Select(e => e.Element).ToHashSet());
        Assert.Equal(3, prediction.Neighbours.Count);
        Assert.False(string.IsNullOrEmpty(prediction.ModelVersion));
    }

    [Fact]
    public async Task Concurrent_predictions_agree_with_a_sequential_one()
    {
        var expected = await _client.PredictAsync(["Li2CO3", "Co3O4"], ["mixing", "heating"], neighbours: 5);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            Task.Run(() => _client.PredictAsync(["Li2CO3", "Co3O4"], ["mixing", "heating"], neighbours: 5))));

        Assert.All(concurrent, p => AssertSame(expected, p));
    }

    /// <summary>
    /// The determinism rule: what else shares a batch (here other reactions, before and after it, of other sizes)
    /// changes a prediction by at most <see cref="SameWithin"/>.
    /// </summary>
    [Fact]
    public async Task A_prediction_does_not_depend_on_what_shares_its_batch()
    {
        var alone = await _client.PredictAsync(["Li2CO3", "Co3O4"], ["mixing", "heating"], neighbours: 5);
        ReactionInput[] inputs =
        [
            new(["BaCO3", "TiO2"], ["mixing", "heating"]), new(["Li2CO3", "Co3O4"], ["mixing", "heating"]),
            new(["SrCO3", "TiO2", "MnO2", "CaCO3"], ["heating"]), new(["NiO", "Na2O2"], ["mixing", "heating", "quenching"]),
        ];

        var batched = await _client.PredictBatchAsync(inputs, neighbours: 5).ToListAsync();

        AssertSame(alone, batched.Single(r => r.Index == 1).Prediction);
    }

    /// <summary>A batch large enough to describe its reactions on every core gives each the answer it gets alone, in order.</summary>
    [Fact]
    public async Task A_batch_described_in_parallel_answers_as_single_predictions_do()
    {
        ReactionInput[] distinct =
        [
            new(["BaCO3", "TiO2"], ["mixing", "heating"]), new(["Li2CO3", "Co3O4"], ["mixing", "heating"]),
            new(["SrCO3", "TiO2", "MnO2", "CaCO3"], ["heating"]), new(["NiO", "Na2O2"], ["mixing", "heating", "quenching"]),
        ];
        var inputs = Enumerable.Range(0, 2 * Synthesis.Models.Reactions.ReactionPredictor.ParallelDescribeFrom).Select(i => distinct[i % distinct.Length]).ToList();
        var alone = new List<Prediction>();
        foreach (var input in distinct) alone.Add(await _client.PredictAsync(input.Precursors, input.Actions, neighbours: 5));

        var batched = await _client.PredictBatchAsync(inputs, neighbours: 5).ToListAsync();

        Assert.Equal(Enumerable.Range(0, inputs.Count), batched.Select(r => r.Index));
        Assert.All(batched, r => AssertSame(alone[r.Index % distinct.Length], r.Prediction));
    }

    /// <summary>
    /// Same answer within float tolerance: libtorch's reductions may add in another order from call to call (batched
    /// and single inference differ by up to 2.6e-6), so numbers agree to SameWithin, names and order exactly.
    /// </summary>
    private static void AssertSame(Prediction expected, Prediction p)
    {
        Assert.Equal(expected.Formula, p.Formula);
        Assert.Equal(expected.Elements.Select(e => e.Element), p.Elements.Select(e => e.Element));
        Assert.All(expected.Elements.Zip(p.Elements), pair =>
        {
            Assert.Equal(pair.First.Fraction, pair.Second.Fraction, SameWithin);
            Assert.Equal(pair.First.FractionStd, pair.Second.FractionStd, SameWithin);
            Assert.Equal(pair.First.Probability, pair.Second.Probability, SameWithin);
        });
        Assert.Equal(expected.Neighbours.Select(n => n.ReactionId), p.Neighbours.Select(n => n.ReactionId));
        Assert.All(expected.Neighbours.Zip(p.Neighbours), pair => Assert.Equal(pair.First.Similarity, pair.Second.Similarity, SameWithin));
    }

    /// <summary>How far two inferences of the same reaction may differ: 40 times the largest difference seen (2.6e-6).</summary>
    private const double SameWithin = 1e-4;

    [Fact]
    public async Task PredictBatch_streams_every_result_in_order()
    {
        var inputs = Enumerable.Range(0, 600).Select(_ => new ReactionInput(["Li2CO3", "Co3O4"], ["mixing", "heating"])).ToList();

        var results = await _client.PredictBatchAsync(inputs).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 600), results.Select(r => r.Index));
    }

    [Fact]
    public async Task Similar_by_id_excludes_the_reaction_itself()
    {
        var id = server.IdOf("LiCoO2");

        var neighbours = await _client.SimilarAsync(id, k: 3);

        Assert.Equal(3, neighbours.Count);
        Assert.DoesNotContain(id, neighbours.Select(n => n.ReactionId));
    }

    [Fact]
    public async Task Similar_by_query_returns_k_neighbours()
    {
        var neighbours = await _client.SimilarAsync(["BaCO3", "TiO2"], ["mixing"], k: 4);

        Assert.Equal(4, neighbours.Count);
        Assert.True(neighbours[0].Similarity >= neighbours[^1].Similarity);
    }

    [Fact]
    public async Task Search_matches_fuzzily_and_filters_by_element()
    {
        var page = await _client.SearchAsync("licoo2", contains: ["Li", "Co"], excludes: ["Ni"]);

        var match = Assert.Single(page.Matches);
        Assert.Equal(server.IdOf("LiCoO2"), match.ReactionId);
        Assert.Equal(100, match.Score);
        Assert.Null(page.NextPageToken);
    }

    [Fact]
    public async Task Search_pages_through_everything_with_tokens()
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await _client.SearchAsync(pageSize: 2, pageToken: token);
            Assert.Equal(server.Catalog.Summaries().Count, page.Total);
            ids.AddRange(page.Matches.Select(m => m.ReactionId));
            token = page.NextPageToken;
        } while (token is not null);

        Assert.Equal(server.Catalog.Summaries().Select(s => s.Id), ids);
    }

    [Fact]
    public async Task GetReaction_returns_everything_stored()
    {
        var id = server.IdOf("NaNiO2");
        var stored = server.Catalog.Get(id)!;

        var reaction = await _client.GetReactionAsync(id);

        Assert.Equal(stored.Doi, reaction.Doi);
        Assert.Equal(stored.ReactionString, reaction.ReactionString);
        Assert.Equal(stored.Precursors.Select(p => p.Formula), reaction.Precursors.Select(p => p.Formula));
        Assert.Equal(stored.Target, reaction.Target);
        Assert.Equal(stored.Actions.Count, reaction.Actions.Count);
        Assert.Equal(stored.Operations.Select(o => o.Token), reaction.Operations.Select(o => o.Token));
        Assert.True(reaction.Kept);
    }

    [Fact]
    public async Task A_bad_formula_is_an_invalid_argument_that_says_what_is_wrong()
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictAsync(["Na2O2", "XxO"], ["mixing"]));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
        Assert.Equal("query.precursors[1].formula: unknown element 'Xx' at position 0 in 'XxO'", error.Detail);
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Property_models_are_listed_and_answer_for_a_composition_and_a_structure()
    {
        var models = await _client.ListModelsAsync();
        var gap = await _client.PredictCompositionAsync("NaCl");
        var peak = await _client.PredictStructureAsync(cif: RealStructures.DelafossiteCif);

        Assert.Contains(models, m => m is { Name: "expt-non-metals-from-mp-non-metals", Input: PropertyInput.Composition, Unit: "eV", TestMae: > 0 });
        Assert.Contains(models, m => m is { Name: "matbench_phonons", Input: PropertyInput.Structure, TestMae: > 0 });
        Assert.Equal(("NaCl", "eV", ""), (gap.Formula, gap.Unit, gap.ProtostructureLabel));
        Assert.InRange(gap.Value, 4.0, 11.0); // measured 8.4 eV
        Assert.Equal((RealStructures.DelafossiteLabel, "cm⁻¹"), (peak.ProtostructureLabel, peak.Unit));
        Assert.InRange(peak.Value, 500, 1200); // measured 747 cm⁻¹
    }

    [Fact]
    public async Task A_bad_label_is_a_SynthesisException_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictStructureAsync(label: "AB6C3_hR31_160_a_2b_b:Hf-N-Zn"));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
        Assert.StartsWith("label: Pearson symbol hR31", error.Detail);
    }
}
