using Grpc.Core;
using Synthesis.Client;
using Synthesis.Server.Tests.Fixtures;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>The reproductions, one by one: each is INVALID_ARGUMENT with a short message, and the server lives on.</summary>
[Collection(RealModelCollection.Name)]
public sealed class HostileInputTests(RealModelServer server) : IDisposable
{
    private static readonly string[] Mixing = ["mixing", "heating"];
    private readonly SynthesisClient _client = new(server.Address);

    /// <summary>
    /// 18,000 nested brackets overflowed the parser's stack and killed the process. Refused here by the validator's
    /// length guard before parsing; the parser's own depth limit (InputLimits.MaxNestingDepth, the lead's change to
    /// FormulaParser) refuses deep brackets within the length limit too.
    /// </summary>
    [Fact]
    public async Task Eighteen_thousand_nested_brackets_are_an_invalid_argument_in_every_method()
    {
        var deep = new string('(', 18_000) + "Fe" + new string(')', 18_000);

        var predict = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictAsync([deep, "NiO"], Mixing));
        var batch = await Assert.ThrowsAsync<SynthesisException>(async () => await _client.PredictBatchAsync([new ReactionInput([deep, "NiO"], Mixing)]).ToListAsync());
        var similar = await Assert.ThrowsAsync<SynthesisException>(() => _client.SimilarAsync([deep, "NiO"], Mixing));

        Assert.All(new[] { predict, batch, similar }, e => Assert.Equal(StatusCode.InvalidArgument, e.Status));
        await FuzzTests.AssertStillPredicts(server);
    }

    [Fact]
    public async Task A_one_megabyte_formula_is_echoed_as_a_short_excerpt()
    {
        var huge = "Xx" + new string('O', 1_000_000);

        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictAsync(["NiO", huge], Mixing));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
        Assert.StartsWith("query.precursors[1].formula: at most 256 characters, got 1,000,002", error.Detail);
        Assert.True(error.Detail.Length < 200, $"{error.Detail.Length} characters of detail");
    }

    [Theory]
    [InlineData("Fe1.7e308")]
    [InlineData("Fe99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999")]
    public async Task Overflowing_amounts_are_an_invalid_argument(string formula)
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictAsync([formula, formula], Mixing));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
    }

    [Fact]
    public async Task An_element_the_model_cannot_name_is_refused_by_name()
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictAsync(["Es2O3", "NiO"], Mixing));

        Assert.Equal(StatusCode.InvalidArgument, error.Status);
        Assert.Contains("cannot predict products containing Es", error.Detail);
    }

    [Fact]
    public async Task An_oversized_reaction_id_and_page_token_are_invalid_arguments()
    {
        var id = await Assert.ThrowsAsync<SynthesisException>(() => _client.GetReactionAsync(new string('r', 100_000)));
        var token = await Assert.ThrowsAsync<SynthesisException>(() => _client.SearchAsync("LiCoO2", pageToken: new string('A', 100_000)));

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument), (id.Status, token.Status));
        Assert.True(id.Detail.Length < 200 && token.Detail.Length < 200);
    }

    [Fact]
    public async Task A_cancelled_batch_ends_as_cancelled_and_the_server_goes_on()
    {
        var inputs = Enumerable.Range(0, 1024).Select(_ => new ReactionInput(["Li2CO3", "Co3O4"], Mixing)).ToList();
        using var cancel = new CancellationTokenSource();

        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var _ in _client.PredictBatchAsync(inputs, cancellation: cancel.Token)) cancel.Cancel();
        });

        Assert.True(error is OperationCanceledException || error is SynthesisException { Status: StatusCode.Cancelled }, error.ToString());
        await FuzzTests.AssertStillPredicts(server);
    }

    [Fact]
    public async Task An_empty_and_an_oversize_message_are_refused_and_the_server_goes_on()
    {
        using var channel = server.Channel();
        var predictor = new Proto.ReactionPredictor.ReactionPredictorClient(channel);
        var oversize = new Proto.PredictRequest { Query = new Proto.ReactionQuery { Precursors = { new Proto.Precursor { Formula = new string('O', 5_000_000) } } } };

        var empty = await Assert.ThrowsAsync<RpcException>(() => predictor.PredictAsync(new Proto.PredictRequest()).ResponseAsync);
        var tooLarge = await Assert.ThrowsAsync<RpcException>(() => predictor.PredictAsync(oversize).ResponseAsync); // over the 4 MB receive limit

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.ResourceExhausted), (empty.StatusCode, tooLarge.StatusCode));
        await FuzzTests.AssertStillPredicts(server);
    }

    public void Dispose() => _client.Dispose();
}
