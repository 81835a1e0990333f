using Microsoft.Extensions.Options;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Server.Execution;
using Synthesis.Server.Interceptors;
using Synthesis.Server.Options;
using Synthesis.Server.Services;
using Synthesis.Server.Startup;
using Synthesis.Server.Validation;
using Synthesis.Server.Web;

namespace Synthesis.Server.Extensions;

/// <summary>All of the server's wiring: options, Kestrel, gRPC with its interceptors and JSON transcoding, health, reflection, start-up loading, the web page (Web/).</summary>
public static class SynthesisServerExtensions
{
    public static WebApplicationBuilder AddSynthesisServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(SynthesisOptions.Section).Get<SynthesisOptions>() ?? new SynthesisOptions();
        var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(limits));

        // HTTP/2, with TLS when Synthesis:CertificatePath is set; a loud warning beyond loopback without it (StartupLoader).
        builder.WebHost.ConfigureKestrel(kestrel => Listening.Configure(kestrel, options));

        services.AddGrpc(grpc =>
        {
            grpc.EnableDetailedErrors = builder.Environment.IsDevelopment();
            grpc.MaxReceiveMessageSize = limits.MaxReceiveMessageSize;
            grpc.Interceptors.Add<RequestLoggingInterceptor>();
            grpc.Interceptors.Add<ExceptionInterceptor>();
        }).AddJsonTranscoding();
        builder.AddSynthesisWeb(options);
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<ReadinessHealthCheck>("model-and-database");

        services.AddSingleton<ModelExecutor>();
        services.AddSingleton<CallLimits>();
        services.AddSingleton<ServingState>();
        services.AddSingleton<RequestValidator>();
        services.AddSingleton(_ => new DatabaseFiles(DatabaseOwner.Server)); // the container closes them when the host stops
        services.AddSingleton(sp => ReactionStore.Open(options, sp.GetRequiredService<DatabaseFiles>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReactionStore))));
        services.AddSingleton<IReactionRepository>(sp => sp.GetRequiredService<LiteDbReactionRepository>());
        services.AddSingleton<IReactionCatalog>(sp => sp.GetRequiredService<LiteDbReactionRepository>());
        services.AddSingleton<IReactionPredictor>(sp => PredictorFactory.Load(options, sp.GetRequiredService<IReactionRepository>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PredictorFactory))));
        services.AddSingleton(_ => new PropertyModels(options.PropertyModelDirectory, options.StructureModelDirectory, options.Device));
        services.AddSingleton<PropertyRequestValidator>();
        services.AddSingleton(new ApiKeyGuard(CurationOptions.From(builder.Configuration)));
        services.AddSingleton(sp => new CurationDatabase(sp.GetRequiredService<DatabaseFiles>().For(DatabasePath.Resolve(options.Database))));
        services.AddHostedService<StartupLoader>();
        return builder;
    }

    public static WebApplication MapSynthesisServer(this WebApplication app)
    {
        app.MapGrpcService<ReactionPredictorService>();
        app.MapGrpcService<ReactionSearchService>();
        app.MapGrpcService<CurationService>();
        app.MapGrpcService<PropertyPredictorService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapSynthesisWeb();
        return app;
    }
}
