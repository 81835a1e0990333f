namespace Synthesis.Web.Tests.Fixtures;

/// <summary>
/// A browser and the page it tests: by default a real server started here (<see cref="ShippedModelServer"/>);
/// with SYNTHESIS_WEB_URL set (e.g. http://127.0.0.1:8080/), a server already running, such as one over the
/// whole dataset for the README's screenshots.
/// </summary>
public sealed class WebSite : IAsyncLifetime
{
    public const string ExternalVariable = "SYNTHESIS_WEB_URL";

    private ShippedModelServer? _server;
    private Browser? _browser;

    public Browser Browser => _browser ?? throw new InvalidOperationException(Browser.Unavailable ?? "the browser did not start");

    /// <summary>The page's address, ending in '/'.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Http() => new() { BaseAddress = Address };

    public void Open(string hash) => Browser.Open(new Uri(Address, "#" + hash).ToString());

    public async Task InitializeAsync()
    {
        if (Browser.Unavailable is not null) return;
        if (Environment.GetEnvironmentVariable(ExternalVariable) is { Length: > 0 } external)
            Address = new Uri(external.TrimEnd('/') + "/");
        else
        {
            _server = new ShippedModelServer();
            await _server.InitializeAsync();
            Address = new Uri($"http://{_server.HttpAddress}/");
        }
        _browser = new Browser();
    }

    public async Task DisposeAsync()
    {
        _browser?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebSiteCollection : ICollectionFixture<WebSite>
{
    public const string Name = "web site";
}
