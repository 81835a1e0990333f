using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Server.Execution;
using Synthesis.Server.Interceptors;
using Synthesis.Server.Options;
using Synthesis.Server.Services;
using Synthesis.Server.Startup;
using Synthesis.Server.Validation;

namespace Synthesis.Server.Extensions;

/// <summary>All of the server's wiring: options, Kestrel, gRPC with its interceptors, health, reflection, start-up loading.</summary>
public static class SynthesisServerExtensions
{
    public static WebApplicationBuilder AddSynthesisServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(SynthesisOptions.Section).Get<SynthesisOptions>() ?? new SynthesisOptions();
        var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(limits));

        // HTTP/2 without TLS: the server is meant for loopback or a trusted network behind a proxy.
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(ParseListenAddress(options.ListenAddress), listen => listen.Protocols = HttpProtocols.Http2));

        services.AddGrpc(grpc =>
        {
            grpc.EnableDetailedErrors = builder.Environment.IsDevelopment();
            grpc.MaxReceiveMessageSize = limits.MaxReceiveMessageSize;
            grpc.Interceptors.Add<RequestLoggingInterceptor>();
            grpc.Interceptors.Add<ExceptionInterceptor>();
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<ReadinessHealthCheck>("model-and-database");

        services.AddSingleton<ModelExecutor>();
        services.AddSingleton<CallLimits>();
        services.AddSingleton<ServingState>();
        services.AddSingleton<RequestValidator>();
        services.AddSingleton(sp => ReactionStore.Open(options, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReactionStore))));
        services.AddSingleton<IReactionRepository>(sp => sp.GetRequiredService<LiteDbReactionRepository>());
        services.AddSingleton<IReactionCatalog>(sp => sp.GetRequiredService<LiteDbReactionRepository>());
        services.AddSingleton<IReactionPredictor>(sp => PredictorFactory.Load(options, sp.GetRequiredService<IReactionRepository>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PredictorFactory))));
        services.AddHostedService<StartupLoader>();
        return builder;
    }

    public static WebApplication MapSynthesisServer(this WebApplication app)
    {
        app.MapGrpcService<ReactionPredictorService>();
        app.MapGrpcService<ReactionSearchService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }

    private static IPEndPoint ParseListenAddress(string address) =>
        IPEndPoint.TryParse(address.Replace("localhost", "127.0.0.1", StringComparison.OrdinalIgnoreCase), out var endpoint)
            ? endpoint
            : throw new OptionsValidationException(SynthesisOptions.Section, typeof(SynthesisOptions),
                [$"Synthesis:ListenAddress must be ip:port, e.g. 127.0.0.1:50051; got '{address}'"]);
}
