extern alias server;

using Grpc.Core;
using Synthesis.Bench.Reliability;
using Synthesis.Server.Tests.Fixtures;
using Xunit.Abstractions;
using Proto = server::Synthesis.Grpc.V1;

namespace Synthesis.Server.Tests.Reliability;

/// <summary>
/// 1,000 hostile requests (<see cref="HostileInput"/>'s values, fixed seeds) to each Curation method that takes input —
/// ListFlags, GetFlag, ReviewFlag with the curator's key, so that they pass the key and reach validation: none may
/// answer INTERNAL or UNKNOWN or echo a long input, and the queue still lists afterwards. Its own server (flags are written).
/// </summary>
public sealed class CurationFuzzTests(CurationServer server, ITestOutputHelper output) : IClassFixture<CurationServer>
{
    private const int RequestsPerMethod = 1000;

    [Theory]
    [InlineData("ListFlags")]
    [InlineData("GetFlag")]
    [InlineData("ReviewFlag")]
    public async Task Hostile_curation_requests_get_no_internal_error_and_the_queue_still_lists(string method)
    {
        using var channel = server.Channel();
        var calls = new CurationCalls(channel.CreateCallInvoker());

        var report = await Fuzzer.Run(method, RequestsPerMethod, workers: 4, seed: 15, input => method switch
        {
            "ListFlags" => calls.ListFlags(new Proto.ListFlagsRequest
            {
                Reasons = { Enum<Proto.FlagReason>(input) }, Statuses = { Enum<Proto.ReviewStatus>(input) }, MinScore = input.Number() / 10,
                Sort = Enum<Proto.FlagSort>(input), PageSize = input.Integer(), PageToken = input.Token(), RunId = input.Integer() == 0 ? input.Text() : "",
            }),
            "GetFlag" => calls.GetFlag(FlagId(input)),
            _ => calls.ReviewFlag(new Proto.ReviewFlagRequest
            {
                FlagId = FlagId(input), Status = Enum<Proto.ReviewStatus>(input), CorrectedTarget = input.Integer() % 2 == 0 ? input.Text() : "",
                Reviewer = input.Text(), Note = input.Action(), ExpectedRevision = input.Integer(),
            }, CurationServer.ApiKey),
        });

        output.WriteLine(report.ToString());
        Assert.True(report.Faults.Count == 0, $"{method}: {report.Faults.Count} faults, e.g.\n{string.Join("\n", report.Faults.Take(5))}");
        Assert.Equal(CurationServer.FlagCount, (await calls.ListFlags(new Proto.ListFlagsRequest())).TotalSize);
    }

    /// <summary>Mostly a defined value (0–4), sometimes far outside the enum (a hostile integer).</summary>
    private static T Enum<T>(HostileInput input) where T : struct, System.Enum => (T)(object)(input.Integer() % 5);

    /// <summary>A real flag's id one time in three (so that some requests pass every check), else hostile text.</summary>
    private string FlagId(HostileInput input) => input.Integer() % 3 == 0 ? server.FlagIds[0] : input.Text();
}
