extern alias server;

using Grpc.Core;
using Grpc.Net.Client;
using Synthesis.Server.Tests.Fixtures;
using server::Synthesis.Server.Options;
using server::Synthesis.Server.Startup;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>
/// TLS from configuration with a real certificate (made by <see cref="TlsServer"/>): a client trusting it is served;
/// one that does not, and one speaking cleartext, are not. And the warning for cleartext beyond loopback.
/// </summary>
public sealed class TlsTests(TlsServer server) : IClassFixture<TlsServer>
{
    private static readonly Proto.PredictRequest Request = new()
    {
        Query = new Proto.ReactionQuery { Precursors = { new Proto.Precursor { Formula = "BaCO3" }, new Proto.Precursor { Formula = "TiO2" } } },
    };

    [Fact]
    public async Task A_client_trusting_the_configured_certificate_is_served_over_tls()
    {
        using var channel = server.Channel();

        var response = await new Proto.ReactionPredictor.ReactionPredictorClient(channel).PredictAsync(Request, deadline: DateTime.UtcNow.AddSeconds(30));

        Assert.Equal("BaCO3", response.Formula);
    }

    [Fact]
    public async Task A_client_that_does_not_trust_the_certificate_is_refused()
    {
        using var channel = GrpcChannel.ForAddress("https://" + server.Address);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new Proto.ReactionPredictor.ReactionPredictorClient(channel).PredictAsync(Request, deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync);

        Assert.Contains("The SSL connection could not be established", error.Status.Detail); // the client's own check, before any request
    }

    [Fact]
    public async Task A_cleartext_client_is_not_served()
    {
        using var channel = GrpcChannel.ForAddress("http://" + server.Address);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new Proto.ReactionPredictor.ReactionPredictorClient(channel).PredictAsync(Request, deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync);

        Assert.NotEqual(StatusCode.OK, error.StatusCode);
    }

    [Theory]
    [InlineData("0.0.0.0:50051", null, "127.0.0.1:8080", "LISTENING ON 0.0.0.0:50051 WITHOUT TLS")]
    [InlineData("127.0.0.1:50051", null, "0.0.0.0:8080", "LISTENING ON 0.0.0.0:8080 WITHOUT TLS")]
    [InlineData("0.0.0.0:50051", "server.crt", "", null)]
    [InlineData("127.0.0.1:50051", null, "127.0.0.1:8080", null)]
    [InlineData("[::1]:50051", null, "", null)]
    public void Cleartext_beyond_loopback_is_warned_about_loudly(string listen, string? certificate, string http, string? warning)
    {
        var said = Listening.Warning(new SynthesisOptions { ListenAddress = listen, CertificatePath = certificate, HttpAddress = http });

        if (warning is null) Assert.Null(said);
        else Assert.StartsWith(warning, said);
    }
}
