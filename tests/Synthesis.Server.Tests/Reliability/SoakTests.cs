using Synthesis.Bench.Reliability;
using Synthesis.Client;
using Synthesis.Server.Tests.Fixtures;
using Xunit.Abstractions;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>
/// 64 concurrent clients for 10 s, mixed calls (<see cref="Soak"/>): not one error. `bench/reliability.sh soak` runs
/// the long version (60 s) against a server process with the shipped model and records RSS.
/// </summary>
[Collection(RealModelCollection.Name)]
public sealed class SoakTests(RealModelServer server, ITestOutputHelper output)
{
    [Fact]
    public async Task Sixty_four_clients_for_ten_seconds_get_no_error()
    {
        var kept = server.Catalog.Summaries().Where(s => s.PrecursorFormulas.Count is >= 2 and <= 10).Take(50).ToList();
        var workload = new SoakWorkload(kept.Select(s => s.Id).ToList(),
            kept.Select(s => new ReactionInput(s.PrecursorFormulas, ["mixing", "heating"])).ToList(),
            kept.Select(s => s.TargetFormula.ToLowerInvariant()).ToList());

        var report = await Soak.Run(server.Address, workload, clients: 64, TimeSpan.FromSeconds(10));

        output.WriteLine($"{report.Calls} calls, p50 {report.P50Ms} ms, p99 {report.P99Ms} ms, {string.Join(", ", report.CallsByKind)}");
        Assert.True(report.Errors == 0, $"{report.Errors} errors: {string.Join("; ", report.ErrorExamples)}");
        Assert.True(report.Calls > 64, $"only {report.Calls} calls in 10 s");
    }
}
