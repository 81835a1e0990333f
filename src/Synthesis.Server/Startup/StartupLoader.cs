using System.Diagnostics;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Server.Search;

namespace Synthesis.Server.Startup;

/// <summary>
/// Loads the database (importing the dataset into an empty one), the search index and the model once, in the
/// background, so that health checks answer NOT_SERVING meanwhile instead of connections being refused.
/// A server that cannot load them stops with exit code 1.
/// </summary>
public sealed class StartupLoader(
    IServiceProvider services, ServingState state, IHostApplicationLifetime lifetime, ILogger<StartupLoader> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => Load(stoppingToken), stoppingToken);

    private void Load(CancellationToken cancellation)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var repository = services.GetRequiredService<IReactionRepository>();
            var version = repository.CurrentVersion() ?? throw new InvalidOperationException("the database holds no dataset");
            log.LogInformation("Database ready: dataset version {Version}, {Kept} of {Total} reactions kept, in {ElapsedMs} ms",
                version.Number, version.Kept, version.Total, clock.ElapsedMilliseconds);
            cancellation.ThrowIfCancellationRequested();

            clock.Restart();
            var index = ReactionSearchIndex.Build(services.GetRequiredService<IReactionCatalog>().Summaries());
            log.LogInformation("Search index built over {Count} reactions in {ElapsedMs} ms", index.Count, clock.ElapsedMilliseconds);
            cancellation.ThrowIfCancellationRequested();

            clock.Restart();
            var predictor = services.GetRequiredService<IReactionPredictor>();
            log.LogInformation("Model {ModelVersion} loaded in {ElapsedMs} ms", predictor.ModelVersion, clock.ElapsedMilliseconds);

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
}
