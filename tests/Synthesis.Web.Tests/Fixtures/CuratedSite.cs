using Synthesis.Data.Import;
using Synthesis.Data.Storage;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Web.Tests.Fixtures;

/// <summary>
/// A curator's set-up, each step real: the dataset sample imported into a database of its own, a
/// <see cref="TinyModel"/> trained on it, `synthesis curate run --model … --threshold 0` (its own process) storing the
/// in-sample flags of every reaction the scorer finds anything against, then the server as its own process on that
/// database with a curator API key, and a browser on its page. <see cref="Restart"/> stops that process and starts
/// another on the same database and the same ports, as an operator restarting the server would.
/// </summary>
public sealed class CuratedSite : IAsyncLifetime
{
    public const string ApiKey = "curator-key-5d1e07";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _folder = Directory.CreateTempSubdirectory("synthesis-curated-site-").FullName;
    private Dictionary<string, string> _settings = [];
    private ServerProcess? _server;
    private Browser? _browser;

    public Browser Browser => _browser ?? throw new InvalidOperationException(Browser.Unavailable ?? "the browser did not start");

    /// <summary>The page's address, ending in '/'; the same after a restart.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public void Open(string hash) => Browser.Open(new Uri(Address, "#" + hash).ToString());

    public async Task InitializeAsync()
    {
        if (Browser.Unavailable is not null) return;
        var database = Path.Combine(_folder, "reactions.db");
        string model;
        using (var databases = new DatabaseFiles(DatabaseOwner.Cli)) // one host per database file: this one's turn, then the CLI's, then the server's
        {
            new ReactionImporter(databases.For(database)).Import(Path.Combine(AppContext.BaseDirectory, "Fixtures", "solid-state-sample.json"));
            model = TinyModel.Train(databases.For(database), _folder);
        }
        var run = await CliProcess.Run(new Dictionary<string, string?>(), "curate", "run", "--model", model, "--threshold", "0", "--threads", "1", "--db", database);
        if (run.ExitCode != 0) throw new InvalidOperationException($"synthesis curate run exited with {run.ExitCode}: {run.Error}");

        _settings = new Dictionary<string, string> { ["Database"] = database, ["ModelDirectory"] = model, ["Curation__ApiKey"] = ApiKey };
        await StartServer();
        _browser = new Browser();
    }

    /// <summary>Stops the server process (SIGTERM, as Ctrl-C) and starts a new one on the same database and addresses.</summary>
    public async Task Restart()
    {
        var exitCode = await _server!.Stop(Patience);
        if (exitCode != 0) throw new InvalidOperationException($"the server exited with {exitCode} when stopped:\n{_server.Output}");
        _server.Dispose();
        _server = null;
        await StartServer();
    }

    private async Task StartServer()
    {
        (_server, var grpc, var http) = await ServerProcess.StartServing(_settings, Patience);
        // The next start listens where this one does, so that the browser reloads the same address.
        (_settings["ListenAddress"], _settings["HttpAddress"]) = (grpc, http);
        Address = new Uri($"http://{http}/");
    }

    public Task DisposeAsync()
    {
        _browser?.Dispose();
        _server?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class CuratedSiteCollection : ICollectionFixture<CuratedSite>
{
    public const string Name = "web site with a flagging run";
}
