using System.Diagnostics;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>Waits for a server's grpc.health.v1 answer to turn SERVING (it answers NOT_SERVING while it loads).</summary>
public static class Serving
{
    /// <summary>Over cleartext HTTP/2 to host:port <paramref name="address"/>.</summary>
    /// <param name="stillRunning">false once the server is known to have stopped: the wait ends at once then</param>
    public static async Task WaitFor(string address, TimeSpan limit, Func<bool>? stillRunning = null)
    {
        using var channel = GrpcChannel.ForAddress("http://" + address);
        await WaitFor(channel, limit, stillRunning);
    }

    public static async Task WaitFor(GrpcChannel channel, TimeSpan limit, Func<bool>? stillRunning = null)
    {
        var address = channel.Target;
        var health = new Health.HealthClient(channel);
        var clock = Stopwatch.StartNew();
        while ((await health.CheckAsync(new HealthCheckRequest())).Status != HealthCheckResponse.Types.ServingStatus.Serving)
        {
            if (stillRunning?.Invoke() == false) throw new InvalidOperationException($"the server on {address} stopped before it reported SERVING");
            if (clock.Elapsed > limit) throw new TimeoutException($"the server on {address} did not report SERVING within {limit.TotalSeconds:0} s");
            await Task.Delay(50);
        }
    }
}
