using Grpc.Core;
using Grpc.Net.Client;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Bench.Reliability;

/// <summary>
/// Sends generated hostile requests (<see cref="HostileInput"/>) to one public method from a few concurrent clients
/// and sorts the answers: a fault is INTERNAL or UNKNOWN, or an error detail longer than <see cref="MaxDetail"/>
/// (whole input echoed back). Transport failures (the server gone) are faults too.
/// </summary>
public static class Fuzzer
{
    public static readonly string[] Methods = ["Predict", "PredictBatch", "SimilarReactions", "SearchReactions", "GetReaction"];

    /// <summary>The longest error detail allowed: a field name, a reason, and an input echoed through InputLimits.Echo.</summary>
    public const int MaxDetail = 600;

    public static Task<FuzzReport> Run(GrpcChannel channel, string method, int count, int workers, int seed) =>
        Run(method, count, workers, seed, input => Send(channel, method, input));

    /// <summary>Any method: <paramref name="send"/> makes one request from the generator, sends it and awaits the whole answer.</summary>
    public static async Task<FuzzReport> Run(string method, int count, int workers, int seed, Func<HostileInput, Task> send)
    {
        var report = new FuzzReport(method);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var input = new HostileInput(seed * 1000 + w);
            for (var i = w; i < count; i += workers)
            {
                var (code, detail) = await Answer(send, input);
                var fault = detail.Length > MaxDetail || code is StatusCode.Internal or StatusCode.Unknown;
                report.Record(code, fault ? $"request {i} (seed {seed * 1000 + w}): {code} '{Excerpt(detail)}' ({detail.Length} characters)" : null);
            }
        })));
        return report;
    }

    private static string Excerpt(string detail) => detail.Length <= 200 ? detail : detail[..200] + "…";

    private static async Task<(StatusCode Code, string Detail)> Answer(Func<HostileInput, Task> send, HostileInput input)
    {
        try
        {
            await send(input);
            return (StatusCode.OK, "");
        }
        catch (RpcException e)
        {
            return (e.StatusCode, e.Status.Detail);
        }
    }

    private static async Task Send(GrpcChannel channel, string method, HostileInput input)
    {
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(60));
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
    }
}

/// <summary>Statuses seen in a fuzz run of one method and the requests that answered wrongly.</summary>
public sealed class FuzzReport(string method)
{
    private readonly Lock _gate = new();
    public string Method { get; } = method;
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

    public override string ToString() => $"{Method}: {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}";
}
