using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Server.Extensions;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// The real server (Kestrel, HTTP/2 cleartext) on a free loopback port, built in-process with the server's own
/// wiring; only the repository and the predictor are test doubles. Shared by every test class.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>host:port the server listens on.</summary>
    public string Address { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Synthesis:ListenAddress"] = "127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddSynthesisServer();
        builder.Services.AddSingleton<IReactionRepository>(new InMemoryReactionRepository(TestReactions.All));
        builder.Services.AddSingleton<IReactionPredictor>(new FakeReactionPredictor(TestReactions.All));
        _app = builder.Build();
        _app.MapSynthesisServer();
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single()).Authority;
        await WaitUntilServing();
    }

    public GrpcChannel Channel() => GrpcChannel.ForAddress("http://" + Address);

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private async Task WaitUntilServing()
    {
        using var channel = Channel();
        var health = new Health.HealthClient(channel);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await health.CheckAsync(new HealthCheckRequest())).Status != HealthCheckResponse.Types.ServingStatus.Serving)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the server did not report SERVING within 60 s");
            await Task.Delay(50);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
