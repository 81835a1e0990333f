extern alias server;

using Grpc.Core;
using Synthesis.Data.Curation;
using Synthesis.Data.Import;
using Synthesis.Data.Storage;
using server::Synthesis.Server.Options;
using server::Synthesis.Server.Services;
using Synthesis.Server.Tests.Fixtures;
using Proto = server::Synthesis.Grpc.V1;

namespace Synthesis.Server.Tests.Curation;

/// <summary>The service called directly with a test call context: authorisation, validation, conflicts, paging, export.</summary>
public sealed class CurationServiceTests : IDisposable
{
    private const string Key = "s3cret-key";
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "solid-state-sample.json");
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"synthesis-curation-{Guid.NewGuid():N}.db");
    private readonly DatabaseFiles _files = new(DatabaseOwner.Server); // the server host the tests stand in for
    private readonly IReadOnlyList<string> _flags;

    public CurationServiceTests()
    {
        var database = _files.For(_path);
        new ReactionImporter(database).Import(Sample);
        _flags = CurationServer.Seed(new CurationStore(database), new LiteDbReactionRepository(database).Kept().Take(CurationServer.FlagCount).ToList());
    }

    public void Dispose()
    {
        _files.Dispose();
        File.Delete(_path);
    }

    private CurationService Service(string? key = Key) =>
        new(new CurationDatabase(_files.For(_path)), new ApiKeyGuard(new CurationOptions { ApiKey = key }));

    private Proto.ReviewFlagRequest Review(Proto.ReviewStatus status = Proto.ReviewStatus.FalseAlarm, int revision = 0, string target = "") =>
        new() { FlagId = _flags[0], Status = status, Reviewer = "ada", ExpectedRevision = revision, CorrectedTarget = target };

    private static async Task<RpcException> Fails(Func<Task> call) => await Assert.ThrowsAsync<RpcException>(call);

    [Fact]
    public async Task A_review_with_the_right_key_is_stored()
    {
        var flag = await Service().ReviewFlag(Review(Proto.ReviewStatus.Corrected, target: "La0.7Ca0.3MnO3"), TestCallContext.WithKey(Key));

        Assert.Equal((Proto.ReviewStatus.Corrected, 1, "La0.7Ca0.3MnO3"), (flag.Status, flag.Revision, flag.Review.CorrectedTarget));
        Assert.Single(flag.History);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("")]
    public async Task A_missing_or_wrong_key_is_unauthenticated_and_never_echoed(string? key)
    {
        var context = key is null ? new TestCallContext() : TestCallContext.WithKey(key);

        var error = await Fails(() => Service().ReviewFlag(Review(), context));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.DoesNotContain(Key, error.Status.Detail);
        if (key is { Length: > 0 }) Assert.DoesNotContain(key, error.Status.Detail);
        Assert.Equal(0, (await Service().GetFlag(new Proto.GetFlagRequest { FlagId = _flags[0] }, new TestCallContext())).Revision);
    }

    [Fact]
    public async Task Without_a_configured_key_reviews_are_refused_with_how_to_configure_one()
    {
        var error = await Fails(() => Service(key: null).ReviewFlag(Review(), TestCallContext.WithKey("anything")));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("SYNTHESIS_API_KEY", error.Status.Detail);
    }

    [Fact]
    public async Task Reads_need_no_key()
    {
        var page = await Service().ListFlags(new Proto.ListFlagsRequest(), new TestCallContext());

        Assert.Equal(CurationServer.FlagCount, page.TotalSize);
    }

    [Fact]
    public async Task A_review_on_an_old_revision_is_aborted()
    {
        await Service().ReviewFlag(Review(), TestCallContext.WithKey(Key));

        var error = await Fails(() => Service().ReviewFlag(Review(Proto.ReviewStatus.ConfirmedError), TestCallContext.WithKey(Key)));

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Contains("is at revision 1, the review was based on revision 0", error.Status.Detail);
    }

    [Theory]
    [InlineData("status", "status: must be")]
    [InlineData("corrected without target", "corrected_target: a 'corrected' review needs")]
    [InlineData("bad target", "corrected_target: unknown element 'Qq'")]
    [InlineData("no reviewer", "reviewer: who decides is required")]
    [InlineData("long note", "note: at most 2000 characters")]
    [InlineData("no flag id", "flag_id is required")]
    public async Task Invalid_reviews_name_the_field(string why, string message)
    {
        var request = Review();
        switch (why)
        {
            case "status": request.Status = Proto.ReviewStatus.Unspecified; break;
            case "corrected without target": request.Status = Proto.ReviewStatus.Corrected; break;
            case "bad target": (request.Status, request.CorrectedTarget) = (Proto.ReviewStatus.Corrected, "QqO2"); break;
            case "no reviewer": request.Reviewer = ""; break;
            case "long note": request.Note = new string('x', 2001); break;
            case "no flag id": request.FlagId = " "; break;
        }

        var error = await Fails(() => Service().ReviewFlag(request, TestCallContext.WithKey(Key)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(message, error.Status.Detail);
    }

    [Theory]
    [InlineData(201, 0, "", "page_size: must be 1 to 200 (0 for 20), got 201")]
    [InlineData(0, 1.5, "", "min_score: must be 0 to 1, got 1.5")]
    [InlineData(0, 0, "bm90LWEtdG9rZW4", "page_token: not a token from a previous page")]
    public async Task Invalid_listings_name_the_field(int pageSize, double minScore, string token, string message)
    {
        var error = await Fails(() => Service().ListFlags(new Proto.ListFlagsRequest { PageSize = pageSize, MinScore = minScore, PageToken = token }, new TestCallContext()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(message, error.Status.Detail);
    }

    [Fact]
    public async Task Pages_walk_every_flag_best_first_and_filters_apply()
    {
        var seen = new List<string>();
        var request = new Proto.ListFlagsRequest { PageSize = 3 };
        do
        {
            var page = await Service().ListFlags(request, new TestCallContext());
            seen.AddRange(page.Flags.Select(f => f.FlagId));
            request.PageToken = page.NextPageToken;
        } while (request.PageToken.Length > 0);
        var filtered = await Service().ListFlags(new Proto.ListFlagsRequest { Reasons = { Proto.FlagReason.ElementNotInPrecursors }, MinScore = 0.75 }, new TestCallContext());

        Assert.Equal(_flags, seen);
        Assert.Equal([_flags[1]], filtered.Flags.Select(f => f.FlagId));
    }

    [Fact]
    public async Task An_unknown_flag_is_not_found()
    {
        var error = await Fails(() => Service().GetFlag(new Proto.GetFlagRequest { FlagId = "f-nope" }, new TestCallContext()));

        Assert.Equal((StatusCode.NotFound, "no flag with id 'f-nope'"), (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task The_export_streams_records_without_confirmed_errors_then_the_summary()
    {
        await Service().ReviewFlag(Review(Proto.ReviewStatus.ConfirmedError), TestCallContext.WithKey(Key));
        var kept = new LiteDbReactionRepository(_files.For(_path)).CurrentVersion()!.Kept;
        var writer = new CollectingStreamWriter<Proto.ExportDatasetResponse>();

        await Service().ExportDataset(new Proto.ExportDatasetRequest(), writer, new TestCallContext());

        var summary = writer.Written[^1].Summary;
        Assert.Equal((kept - 1, 1, 0), (summary.Records, summary.Removed, summary.Corrected));
        Assert.Equal(kept - 1, writer.Written.Count(m => m.ItemCase == Proto.ExportDatasetResponse.ItemOneofCase.RecordJson));
    }
}
