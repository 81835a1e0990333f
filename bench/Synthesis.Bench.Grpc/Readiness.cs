using Grpc.Core;
using Synthesis.Client;

namespace Synthesis.Bench.Grpc;

/// <summary>Waits while the server starts (connection refused) or loads its model and data (UNAVAILABLE).</summary>
public static class Readiness
{
    public static async Task WaitUntilServing(SynthesisClient client, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                await client.SearchAsync(pageSize: 1);
                return;
            }
            catch (SynthesisException e) when (e.Status == StatusCode.Unavailable && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
