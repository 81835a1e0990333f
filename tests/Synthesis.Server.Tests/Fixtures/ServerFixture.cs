extern alias server;

using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Synthesis.Data.Storage;
using server::Synthesis.Server.Extensions;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>
/// The real server (Kestrel, HTTP/2 cleartext) on a free loopback port, built in-process with the server's own
/// wiring over an empty temporary LiteDB file, into which it imports a sample of the real dataset on start.
/// </summary>
public abstract class ServerFixture : IAsyncLifetime
{
    protected static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "solid-state-sample.json");
    protected readonly string Database = Path.Combine(Path.GetTempPath(), $"synthesis-server-tests-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    /// <summary>host:port the server listens on for gRPC (HTTP/2).</summary>
    public string Address { get; private set; } = "";

    /// <summary>host:port of the web page and the HTTP/JSON routes (HTTP/1.1).</summary>
    public string HttpAddress { get; private set; } = "";

    public IReactionCatalog Catalog => _app!.Services.GetRequiredService<IReactionCatalog>();

    /// <summary>The id of the kept sample reaction that makes <paramref name="target"/>.</summary>
    public string IdOf(string target) => Catalog.Summaries().Single(s => s.TargetFormula == target).Id;

    /// <summary>A gRPC channel to <see cref="Address"/>: cleartext HTTP/2 unless a fixture serves TLS.</summary>
    public virtual GrpcChannel Channel() => GrpcChannel.ForAddress("http://" + Address);

    public HttpClient Http() => new() { BaseAddress = new Uri($"http://{HttpAddress}/") };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Synthesis:ListenAddress"] = "127.0.0.1:0",
            ["Synthesis:HttpAddress"] = "127.0.0.1:0",
            ["Synthesis:Database"] = Database,
            ["Synthesis:Dataset"] = Sample,
            ["Logging:LogLevel:Default"] = "Warning",
        }.Concat(Prepare()));
        builder.AddSynthesisServer();
        Customise(builder.Services);
        _app = builder.Build();
        _app.MapSynthesisServer();
        await _app.StartAsync();
        // Kestrel binds in the order the endpoints were configured: gRPC's HTTP/2 one first, then the web face's.
        (Address, HttpAddress) = _app.Urls.Select(url => new Uri(url).Authority).ToArray() switch
        {
            [var grpc, var http] => (grpc, http),
            var urls => throw new InvalidOperationException($"expected two endpoints, got {string.Join(", ", urls)}"),
        };
        using var channel = Channel();
        await Serving.WaitFor(channel, TimeSpan.FromSeconds(60));
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync(); // its container closes the database
        File.Delete(Database);
    }

    /// <summary>Work before the server starts; returns configuration on top of the common settings.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Prepare() => [];

    /// <summary>Service replacements, after the server's own registrations.</summary>
    protected virtual void Customise(IServiceCollection services)
    {
    }
}
