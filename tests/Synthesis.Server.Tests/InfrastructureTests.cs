using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests;

/// <summary>What grpcurl-style tools and orchestrators rely on: reflection and the standard health service.</summary>
[Collection(RealModelCollection.Name)]
public sealed class InfrastructureTests(RealModelServer server)
{
    [Fact]
    public async Task Health_reports_serving_once_loaded()
    {
        using var channel = server.Channel();

        var response = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_services()
    {
        using var channel = server.Channel();
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("synthesis.v1.ReactionPredictor", services);
        Assert.Contains("synthesis.v1.ReactionSearch", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }
}
