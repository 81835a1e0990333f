using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Synthesis.Server.Startup;

/// <summary>Feeds grpc.health.v1.Health: SERVING once the model and the database are loaded, NOT_SERVING again after a failure that needs a restart.</summary>
public sealed class ReadinessHealthCheck(ServingState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsReady ? HealthCheckResult.Healthy("model and database loaded")
            : HealthCheckResult.Unhealthy(state.Failure ?? "loading"));
}
