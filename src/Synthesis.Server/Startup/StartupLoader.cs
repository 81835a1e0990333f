using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Server.Options;
using Synthesis.Server.Search;

namespace Synthesis.Server.Startup;

/// <summary>
/// Loads the database (importing the dataset into an empty one), the search index and the model once, in the
/// background, so that health checks answer NOT_SERVING meanwhile instead of connections being refused; one log
/// line per stage. The model must pass its <see cref="SelfCheck"/> before the server reports SERVING. A server that
/// cannot load them (the database held by another process, a damaged file, bad weights) logs why, naming the file,
/// and stops with exit code 1.
/// </summary>
public sealed class StartupLoader(
    IServiceProvider services, DatabaseFiles databases, ServingState state, IHostApplicationLifetime lifetime, IServer server, IOptions<SynthesisOptions> options,
    ILogger<StartupLoader> log) : BackgroundService
{
    private const int Stages = 4;
    private static readonly TimeSpan StillWorkingEvery = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => Load(stoppingToken), stoppingToken);

    private void Load(CancellationToken cancellation)
    {
        try
        {
            if (Listening.Warning(options.Value) is { } warning) log.LogWarning("{Warning}", warning);
            var clock = Stopwatch.StartNew();
            var databasePath = DatabasePath.Resolve(options.Value.Database);
            log.LogInformation("Start-up 1/{Stages}: opening the database {Path}", Stages, databasePath);
            var repository = services.GetRequiredService<IReactionRepository>();
            RecordAddressWhenListening(databasePath);
            var version = repository.CurrentVersion() ?? throw new InvalidOperationException("the database holds no dataset");
            log.LogInformation("Start-up 1/{Stages}: database ready, dataset version {Version}: {Kept} of {Total} reactions kept, in {ElapsedMs} ms",
                Stages, version.Number, version.Kept, version.Total, clock.ElapsedMilliseconds);
            cancellation.ThrowIfCancellationRequested();

            clock.Restart();
            log.LogInformation("Start-up 2/{Stages}: building the search index", Stages);
            var index = ReactionSearchIndex.Build(services.GetRequiredService<IReactionCatalog>().Summaries());
            log.LogInformation("Start-up 2/{Stages}: search index built over {Count} reactions in {ElapsedMs} ms", Stages, index.Count, clock.ElapsedMilliseconds);
            cancellation.ThrowIfCancellationRequested();

            clock.Restart();
            var modelDirectory = ModelPath.Resolve(options.Value.ModelDirectory);
            log.LogInformation("Start-up 3/{Stages}: loading the model {Directory} and its neighbour index of {Kept} reactions " +
                               "(embeddings are computed on a first start only, then cached beside the database)", Stages, modelDirectory, version.Kept);
            IReactionPredictor predictor;
            using (StillWorking(3, "loading the model (a first start embeds every kept reaction: 2-3 minutes on 2 idle cores)", clock))
                predictor = services.GetRequiredService<IReactionPredictor>();
            log.LogInformation("Start-up 3/{Stages}: model {ModelVersion} loaded in {ElapsedMs} ms", Stages, predictor.ModelVersion, clock.ElapsedMilliseconds);
            cancellation.ThrowIfCancellationRequested();

            clock.Restart();
            log.LogInformation("Start-up 4/{Stages}: self-check", Stages);
            var known = services.GetRequiredService<IReactionCatalog>().Summaries().FirstOrDefault(r => r.PrecursorFormulas.Count >= 2);
            var checkedWith = SelfCheck.Run(predictor, known is null ? null : repository.Get(known.Id), modelDirectory);
            log.LogInformation("Start-up 4/{Stages}: self-check passed ({Check}) in {ElapsedMs} ms", Stages, checkedWith, clock.ElapsedMilliseconds);

            state.MarkReady(new LoadedComponents(repository, predictor, index));
            log.LogInformation("Serving");
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.LogInformation("Start-up cancelled");
        }
        catch (Exception e)
        {
            log.LogCritical("Start-up failed, stopping the server: {Reason}", e.Message);
            log.LogDebug(e, "Start-up failure");
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    /// <summary>A line every <see cref="StillWorkingEvery"/> while a long stage runs, so that a first start is never silent for minutes.</summary>
    private Timer StillWorking(int stage, string what, Stopwatch clock) =>
        new(_ => log.LogInformation("Start-up {Stage}/{Stages}: still {What}, {ElapsedS:0} s so far", stage, Stages, what, clock.Elapsed.TotalSeconds),
            null, StillWorkingEvery, StillWorkingEvery);

    /// <summary>Writes the server's address into the database's owner lock once Kestrel listens, for the CLI to find it.</summary>
    private void RecordAddressWhenListening(string databasePath) =>
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            databases.LockOf(databasePath)?.Update(DatabaseOwner.Server, address is null ? null : new Uri(address).Authority);
        });
}
