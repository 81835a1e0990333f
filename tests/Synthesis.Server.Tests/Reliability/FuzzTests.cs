using Grpc.Core;
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
    private const int Workers = 4;

    /// <summary>The longest error detail allowed: a field name, a reason, and an input echoed through InputLimits.Echo.</summary>
    private const int MaxDetail = 600;

    public static TheoryData<string> Methods => ["Predict", "PredictBatch", "SimilarReactions", "SearchReactions", "GetReaction"];

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Hostile_requests_get_no_internal_error_and_the_server_still_answers(string method)
    {
        var report = await Fuzz(server, method, RequestsPerMethod, Workers, seed: 15);
        output.WriteLine($"{method}: {string.Join(", ", report.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}");

        Assert.True(report.Faults.Count == 0, $"{method}: {report.Faults.Count} faults, e.g.\n{string.Join("\n", report.Faults.Take(5))}");
        Assert.True(report.Total == RequestsPerMethod, $"{method}: ran {report.Total} of {RequestsPerMethod}");
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

    /// <summary>Sends <paramref name="count"/> hostile requests to one method from <paramref name="workers"/> concurrent clients; counts statuses, lists faults.</summary>
    public static async Task<FuzzReport> Fuzz(ServerFixture server, string method, int count, int workers, int seed)
    {
        using var channel = server.Channel();
        var report = new FuzzReport();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var input = new HostileInput(seed * 1000 + w);
            for (var i = w; i < count; i += workers)
            {
                var (code, detail) = await Call(channel, method, input);
                report.Record(code, detail.Length > MaxDetail || code is StatusCode.Internal or StatusCode.Unknown
                    ? $"request {i} (seed {seed * 1000 + w}): {code} '{InputLimitsEcho(detail)}' ({detail.Length} characters)" : null);
            }
        })));
        return report;
    }

    private static string InputLimitsEcho(string detail) => detail.Length <= 200 ? detail : detail[..200] + "…";

    private static async Task<(StatusCode Code, string Detail)> Call(global::Grpc.Net.Client.GrpcChannel channel, string method, HostileInput input)
    {
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(60));
        try
        {
            switch (method)
            {
                case "Predict":
                    await new Proto.ReactionPredictor.ReactionPredictorClient(channel).PredictAsync(input.Predict(), options);
                    break;
                case "PredictBatch":
                    using (var call = new Proto.ReactionPredictor.ReactionPredictorClient(channel).PredictBatch(input.Batch(), options))
                        while (await call.ResponseStream.MoveNext(CancellationToken.None)) { }
                    break;
                case "SimilarReactions":
                    await new Proto.ReactionSearch.ReactionSearchClient(channel).SimilarReactionsAsync(input.Similar(), options);
                    break;
                case "SearchReactions":
                    await new Proto.ReactionSearch.ReactionSearchClient(channel).SearchReactionsAsync(input.Search(), options);
                    break;
                case "GetReaction":
                    await new Proto.ReactionSearch.ReactionSearchClient(channel).GetReactionAsync(input.Get(), options);
                    break;
                default:
                    throw new ArgumentException($"no method {method}");
            }
            return (StatusCode.OK, "");
        }
        catch (RpcException e)
        {
            return (e.StatusCode, e.Status.Detail);
        }
    }
}

/// <summary>Statuses seen in a fuzz run and the requests that answered wrongly.</summary>
public sealed class FuzzReport
{
    private readonly Lock _gate = new();
    public Dictionary<StatusCode, int> Statuses { get; } = [];
    public List<string> Faults { get; } = [];
    public int Total { get; private set; }

    public void Record(StatusCode code, string? fault)
    {
        lock (_gate)
        {
            Total++;
            Statuses[code] = Statuses.GetValueOrDefault(code) + 1;
            if (fault is not null) Faults.Add(fault);
        }
    }
}
