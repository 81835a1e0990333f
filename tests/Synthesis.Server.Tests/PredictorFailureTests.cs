using Grpc.Core;
using Synthesis.Client;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests;

/// <summary>How the server reports the model's own failures.</summary>
[Collection(FakeModelCollection.Name)]
public sealed class PredictorFailureTests(FakeModelServer server) : IDisposable
{
    private readonly SynthesisClient _client = new(server.Address);

    [Fact]
    public async Task Unexpected_failures_are_internal_without_the_exception_text()
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictAsync(["PuO2", "NiO"], ["heating"]));

        Assert.Equal(StatusCode.Internal, error.Status);
        Assert.DoesNotContain(FakeReactionPredictor.SecretFailure, error.Detail);
    }

    [Fact]
    public async Task A_query_the_model_rejects_is_an_invalid_argument_with_its_reason()
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictAsync(["AmO2", "NiO"], ["heating"]));

        Assert.Equal((StatusCode.InvalidArgument, FakeReactionPredictor.Rejection), (error.Status, error.Detail));
    }

    public void Dispose() => _client.Dispose();
}
