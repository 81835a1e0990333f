extern alias server;

using Grpc.Core;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;
using Synthesis.Server.Tests.Fixtures;
using Proto = server::Synthesis.Grpc.V1;

namespace Synthesis.Server.Tests.Curation;

/// <summary>The running server owns the database: the CLI's curate commands go through it, alongside other gRPC callers.</summary>
[Collection(CurationCollection.Name)]
public sealed class CurationServerTests(CurationServer server)
{
    private readonly CurationCalls _calls = new(server.Channel().CreateCallInvoker());

    private Dictionary<string, string?> Environment(string? key = CurationServer.ApiKey) => new() { ["SYNTHESIS_API_KEY"] = key };

    [Fact]
    public async Task A_cli_review_through_the_server_and_a_concurrent_grpc_review_lose_neither_write()
    {
        var flag = server.FlagIds[3];
        var cli = CliProcess.Run(Environment(), "curate", "review", flag, "--status", "confirmed-error", "--revision", "0", "--reviewer", "cli", "--server", server.Address);
        var grpc = Task.Run(async () =>
        {
            try
            {
                await _calls.ReviewFlag(new Proto.ReviewFlagRequest { FlagId = flag, Status = Proto.ReviewStatus.FalseAlarm, Reviewer = "grpc" }, CurationServer.ApiKey);
                return true;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Aborted)
            {
                return false;
            }
        });
        var (cliResult, grpcWon) = (await cli, await grpc);

        Assert.True((cliResult.ExitCode == 0) != grpcWon, $"exactly one write wins the race (cli exit {cliResult.ExitCode}: {cliResult.Error})");
        if (grpcWon)
        {
            Assert.Equal(3, cliResult.ExitCode);
            Assert.StartsWith("synthesis: conflict: ", cliResult.Error);
            Assert.Single(cliResult.Error.Trim().Split('\n'));
            Assert.Equal(0, (await CliProcess.Run(Environment(), "curate", "review", flag, "--status", "confirmed-error", "--revision", "1", "--reviewer", "cli", "--server", server.Address)).ExitCode);
        }
        else
        {
            await _calls.ReviewFlag(new Proto.ReviewFlagRequest { FlagId = flag, Status = Proto.ReviewStatus.FalseAlarm, Reviewer = "grpc", ExpectedRevision = 1 }, CurationServer.ApiKey);
        }
        var history = (await _calls.GetFlag(flag)).History;
        Assert.Equal(["cli", "grpc"], history.Select(r => r.Reviewer).Order());
        Assert.Equal([1, 2], history.Select(r => r.Revision));
    }

    [Fact]
    public async Task The_cli_lists_and_shows_through_the_server_and_needs_the_key_to_review()
    {
        var list = await CliProcess.Run(Environment(), "curate", "list", "--server", server.Address);
        var show = await CliProcess.Run(Environment(), "curate", "show", server.FlagIds[0], "--server", server.Address);
        var keyless = await CliProcess.Run(Environment(key: null), "curate", "review", server.FlagIds[2], "--status", "false-alarm", "--revision", "0", "--server", server.Address);
        var wrong = await CliProcess.Run(Environment(key: "not-the-key"), "curate", "review", server.FlagIds[2], "--status", "false-alarm", "--revision", "0", "--server", server.Address);

        Assert.Equal(0, list.ExitCode);
        Assert.All(server.FlagIds, id => Assert.Contains(id, list.Out));
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("paragraph: ", show.Out);
        Assert.Equal((2, "synthesis: server: a review needs the API key in the call metadata 'x-api-key'"), (keyless.ExitCode, keyless.Error.Trim()));
        Assert.Equal((2, "synthesis: server: the API key in 'x-api-key' is wrong"), (wrong.ExitCode, wrong.Error.Trim()));
        Assert.DoesNotContain("not-the-key", wrong.Error);
        Assert.Equal(0, (await _calls.GetFlag(server.FlagIds[2])).Revision);
    }

    [Fact]
    public async Task The_csharp_client_lists_reviews_and_sees_a_conflict_as_aborted()
    {
        using var client = new Synthesis.Client.CurationClient(server.Address, CurationServer.ApiKey);

        var page = await client.ListFlagsAsync(statuses: ["UNREVIEWED"], pageSize: 50);
        var flag = page.Flags.Single(f => f.FlagId == server.FlagIds[1]);
        var reviewed = await client.ReviewFlagAsync(flag.FlagId, "CORRECTED", flag.Revision, "client", correctedTarget: "LiCoO2", note: "from the paper");
        var late = await Assert.ThrowsAsync<Synthesis.Client.SynthesisException>(() => client.ReviewFlagAsync(flag.FlagId, "FALSE_ALARM", flag.Revision, "late"));

        Assert.Equal(["ELEMENT_NOT_IN_PRECURSORS"], flag.Reasons);
        Assert.Equal(("CORRECTED", flag.Revision + 1, "LiCoO2"), (reviewed.Status, reviewed.Revision, reviewed.History[^1].CorrectedTarget));
        Assert.Equal(StatusCode.Aborted, late.Status);
    }

    [PythonGrpcFact]
    public void The_python_client_lists_reviews_sees_a_conflict_and_exports()
    {
        var (exitCode, output, error) = PythonClient.Run("tests/Synthesis.Server.Tests/Python/curation_checks.py", server.Address, CurationServer.ApiKey, server.FlagIds[0]);

        Assert.True(exitCode == 0, error);
        var seen = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal([server.FlagIds[0], server.FlagIds[2]], seen.GetProperty("listed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(("REVIEW_STATUS_FALSE_ALARM", 1, "ABORTED"),
            (seen.GetProperty("status").GetString(), seen.GetProperty("revision").GetInt32(), seen.GetProperty("conflict").GetString()));
        Assert.True(seen.GetProperty("records").GetInt32() > 0);
    }

    [Fact]
    public async Task The_streamed_export_round_trips_through_import()
    {
        var messages = await _calls.Export();
        var summary = messages[^1].Summary;
        var records = messages.Where(m => m.ItemCase == Proto.ExportDatasetResponse.ItemOneofCase.RecordJson).Select(m => m.RecordJson).ToList();
        var folder = Directory.CreateTempSubdirectory("synthesis-export-").FullName;
        var file = Path.Combine(folder, "export.json");
        var databases = new DatabaseFiles(DatabaseOwner.Cli);
        try
        {
            using (var writer = new StreamWriter(file)) Data.Curation.ExportFile.Write(writer, records);
            var result = new ReactionImporter(databases.For(Path.Combine(folder, "reimported.db"))).Import(file);

            Assert.Equal(summary.Records, records.Count);
            Assert.Equal(server.Catalog.Summaries().Count, summary.Records + summary.Removed);
            Assert.Equal(summary.Records, result.Version.Kept);
        }
        finally
        {
            databases.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }
}
