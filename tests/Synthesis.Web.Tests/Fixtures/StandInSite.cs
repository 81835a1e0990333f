using Microsoft.Extensions.DependencyInjection;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Web.Tests.Fixtures;

/// <summary>
/// The server with a stand-in model whose answer is known (<see cref="CandidatePredictor"/>: ranked candidates with
/// their literature and heating, and a warning), and a browser on its page.
/// </summary>
public sealed class StandInSite : IAsyncLifetime
{
    private readonly StandInServer _server = new();

    public Browser Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public void Open(string hash) => Browser.Open(new Uri(Address, "#" + hash).ToString());

    public async Task InitializeAsync()
    {
        if (Browser.Unavailable is not null) return;
        await _server.InitializeAsync();
        Address = new Uri($"http://{_server.HttpAddress}/");
        Browser = new Browser();
    }

    public async Task DisposeAsync()
    {
        Browser?.Dispose();
        await _server.DisposeAsync();
    }

    private sealed class StandInServer : ServerFixture
    {
        protected override void Customise(IServiceCollection services)
        {
            services.AddSingleton<IReactionPredictor>(sp => new CandidatePredictor(sp.GetRequiredService<IReactionCatalog>()));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StandInSiteCollection : ICollectionFixture<StandInSite>
{
    public const string Name = "web site with stand-ins";
}
