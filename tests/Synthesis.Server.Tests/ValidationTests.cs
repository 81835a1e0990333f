using Grpc.Core;
using Synthesis.Client;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests;

/// <summary>Every way a request can be wrong answers with the right status and a message naming the problem.</summary>
[Collection(RealModelCollection.Name)]
public sealed class ValidationTests(RealModelServer server) : IDisposable
{
    private static readonly string[] Mixing = ["mixing", "heating"];
    private readonly SynthesisClient _client = new(server.Address);

    public static TheoryData<string, string[], string[], int, string> BadPredictions => new()
    {
        { "bad formula", ["Na2O2", "Ni(O"], Mixing, 5, "query.precursors[1].formula: missing ')'" },
        { "unknown element", ["Na2O2", "QqO"], Mixing, 5, "unknown element 'Qq'" },
        { "unknown action", ["Na2O2", "NiO"], ["mixing", "boiling"], 5, "query.actions[1]: unknown action 'boiling'" },
        { "single precursor", ["NiO"], Mixing, 5, "2 to 10 precursors, got 1" },
        { "eleven precursors", Enumerable.Repeat("NiO", 11).ToArray(), Mixing, 5, "2 to 10 precursors, got 11" },
        { "too many neighbours", ["Na2O2", "NiO"], Mixing, 51, "neighbours: must be 0 to 50, got 51" },
        { "negative neighbours", ["Na2O2", "NiO"], Mixing, -1, "neighbours: must be 0 to 50, got -1" },
    };

    [Theory]
    [MemberData(nameof(BadPredictions))]
    public async Task Bad_predict_requests_are_invalid_arguments(string why, string[] precursors, string[] actions, int neighbours, string message)
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictAsync(precursors, actions, neighbours));

        Assert.True(error.Status == StatusCode.InvalidArgument, why);
        Assert.Contains(message, error.Detail);
    }

    [Theory]
    [InlineData(0, "queries: the batch is empty")]
    [InlineData(1025, "queries: at most 1024 reactions a batch, got 1025")]
    public async Task Empty_and_oversized_batches_are_invalid_arguments(int size, string message)
    {
        var inputs = Enumerable.Repeat(new ReactionInput(["Na2O2", "NiO"], Mixing), size);

        var error = await Assert.ThrowsAsync<SynthesisException>(async () => await _client.PredictBatchAsync(inputs).ToListAsync());

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
        Assert.Equal(message, error.Detail);
    }

    [Fact]
    public async Task A_bad_query_in_a_batch_is_named_by_its_index()
    {
        var inputs = new[] { new ReactionInput(["Na2O2", "NiO"], Mixing), new ReactionInput(["Na2O2"], Mixing) };

        var error = await Assert.ThrowsAsync<SynthesisException>(async () => await _client.PredictBatchAsync(inputs).ToListAsync());

        Assert.StartsWith("queries[1].precursors:", error.Detail);
    }

    [Fact]
    public async Task K_out_of_range_is_an_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.SimilarAsync(server.IdOf("LiCoO2"), k: 51));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
    }

    [Theory]
    [InlineData(new[] { "Li", "Xy" }, new string[0], "include_elements[1]: unknown element 'Xy'")]
    [InlineData(new[] { "Li" }, new[] { "Li" }, "include_elements and exclude_elements name the same element")]
    public async Task Bad_element_filters_are_invalid_arguments(string[] contains, string[] excludes, string message)
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.SearchAsync("LiCoO2", contains, excludes));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
        Assert.Equal(message, error.Detail);
    }

    [Fact]
    public async Task A_page_token_of_another_search_is_refused()
    {
        var token = (await _client.SearchAsync(pageSize: 1)).NextPageToken;

        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.SearchAsync("BaTiO3", pageSize: 1, pageToken: token));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
    }

    [Fact]
    public async Task Unknown_ids_are_not_found()
    {
        var get = await Assert.ThrowsAsync<SynthesisException>(() => _client.GetReactionAsync("r-nope"));
        var similar = await Assert.ThrowsAsync<SynthesisException>(() => _client.SimilarAsync("r-nope"));

        Assert.Equal((StatusCode.NotFound, "no reaction with id 'r-nope'"), (get.Status, get.Detail));
        Assert.Equal((StatusCode.NotFound, "no reaction with id 'r-nope'"), (similar.Status, similar.Detail));
    }

    [Fact]
    public async Task A_dropped_reaction_can_be_read_but_has_no_neighbours()
    {
        var dropped = server.Catalog.All().First(r => !r.Kept);

        var stored = await _client.GetReactionAsync(dropped.Id);
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.SimilarAsync(dropped.Id));

        Assert.Equal(dropped.DropReason, stored.DropReason);
        Assert.Equal(StatusCode.NotFound, error.Status);
        Assert.Contains("not among the model's neighbours", error.Detail);
    }

    public void Dispose() => _client.Dispose();
}
