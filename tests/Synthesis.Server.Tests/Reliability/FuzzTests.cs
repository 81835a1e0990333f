using Synthesis.Bench.Reliability;
using Synthesis.Server.Tests.Fixtures;
using Xunit.Abstractions;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>
/// 1,000 generated hostile requests per public method (<see cref="HostileInput"/>, fixed seeds): none may answer
/// INTERNAL or UNKNOWN, no error may repeat more than a short excerpt of its input, and the server still predicts
/// afterwards. `bench/reliability.sh fuzz` runs the long version (10,000 per method).
/// </summary>
[Collection(RealModelCollection.Name)]
public sealed class FuzzTests(RealModelServer server, ITestOutputHelper output)
{
    private const int RequestsPerMethod = 1000;

    public static TheoryData<string> Methods => [.. Fuzzer.Methods];

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Hostile_requests_get_no_internal_error_and_the_server_still_answers(string method)
    {
        using var channel = server.Channel();

        var report = await Fuzzer.Run(channel, method, RequestsPerMethod, workers: 4, seed: 15);

        output.WriteLine(report.ToString());
        Assert.True(report.Faults.Count == 0, $"{method}: {report.Faults.Count} faults, e.g.\n{string.Join("\n", report.Faults.Take(5))}");
        Assert.Equal(RequestsPerMethod, report.Total);
        await AssertStillPredicts(server);
    }

    public static async Task AssertStillPredicts(ServerFixture server)
    {
        using var channel = server.Channel();
        var response = await new Proto.ReactionPredictor.ReactionPredictorClient(channel).PredictAsync(new Proto.PredictRequest
        {
            Query = new Proto.ReactionQuery { Precursors = { new Proto.Precursor { Formula = "Li2CO3" }, new Proto.Precursor { Formula = "Co3O4" } } },
        }, deadline: DateTime.UtcNow.AddSeconds(30));
        Assert.False(string.IsNullOrEmpty(response.Formula));
    }
}
