using Synthesis.Data.Curation;
using static Synthesis.Data.Tests.Curation.CurationFixtures;

namespace Synthesis.Data.Tests.Curation;

public sealed class CurationStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly CurationStore _store;
    private readonly RunRecord _run = Run();

    public CurationStoreTests()
    {
        _store = new CurationStore(_db.Database);
        _store.SaveRun(_run, [Flag(_run, "r1", 0.9, FlagReason.ModelDisagrees), Flag(_run, "r2", 0.5, FlagReason.DoiVariant), Flag(_run, "r3", 0.7, FlagReason.ElementNotInPrecursors)]);
    }

    public void Dispose() => _db.Dispose();

    private string Id(string reaction) => $"f-{_run.Id}-{reaction}";

    [Fact]
    public void A_review_moves_the_flag_on_and_appends_to_history_and_audit_log()
    {
        var flag = _store.Review(Id("r1"), Decision(ReviewStatus.Corrected, 0, target: "La0.7Ca0.3MnO3", note: "paper, table 1"))!;

        Assert.Equal((ReviewStatus.Corrected, 1), (flag.Status, flag.Revision));
        var review = Assert.Single(_store.History(Id("r1")));
        Assert.Equal(("La0.7Ca0.3MnO3", "ada", "paper, table 1", 1), (review.CorrectedTarget, review.Reviewer, review.Note, review.Revision));
        var entry = _store.Audit(Id("r1")).Single();
        Assert.Equal(("review", "ada", ReviewStatus.Unreviewed, ReviewStatus.Corrected, 1), (entry.Action, entry.Actor, entry.From, entry.To, entry.Revision));
    }

    [Fact]
    public void Later_reviews_never_overwrite_earlier_ones()
    {
        _store.Review(Id("r1"), Decision(ReviewStatus.ConfirmedError, 0, "ada"));
        _store.Review(Id("r1"), Decision(ReviewStatus.FalseAlarm, 1, "bob", note: "the paper says BaTiO3"));

        Assert.Equal([ReviewStatus.ConfirmedError, ReviewStatus.FalseAlarm], _store.History(Id("r1")).Select(r => r.Status));
        Assert.Equal(["ada", "bob"], _store.Audit(Id("r1")).Select(a => a.Actor));
        Assert.Equal(ReviewStatus.FalseAlarm, _store.Get(Id("r1"))!.Status);
    }

    [Fact]
    public void A_review_based_on_an_old_revision_is_a_conflict_and_writes_nothing()
    {
        _store.Review(Id("r1"), Decision(ReviewStatus.ConfirmedError, 0, "ada"));

        var conflict = Assert.Throws<ReviewConflictException>(() => _store.Review(Id("r1"), Decision(ReviewStatus.FalseAlarm, 0, "bob")));

        Assert.StartsWith($"flag {Id("r1")} is at revision 1, the review was based on revision 0", conflict.Message);
        Assert.Single(_store.History(Id("r1")));
        Assert.Single(_store.Audit(Id("r1")));
    }

    [Fact]
    public void Two_reviewers_at_once_lose_neither_write()
    {
        for (var round = 0; round < 20; round++)
        {
            var flag = Id("r2");
            var revision = _store.Get(flag)!.Revision;
            using var start = new Barrier(2);
            var outcomes = new[] { "ada", "bob" }.Select(reviewer => Task.Run(() =>
            {
                start.SignalAndWait();
                try
                {
                    _store.Review(flag, Decision(ReviewStatus.FalseAlarm, revision, reviewer));
                    return "written";
                }
                catch (ReviewConflictException)
                {
                    // The loser reads the flag again and resends: both decisions end up in the history.
                    _store.Review(flag, Decision(ReviewStatus.ConfirmedError, _store.Get(flag)!.Revision, reviewer));
                    return "retried";
                }
            })).ToArray();
            Task.WaitAll(outcomes);

            Assert.Equal(["retried", "written"], outcomes.Select(t => t.Result).Order());
        }
        var history = _store.History(Id("r2"));
        Assert.Equal(40, history.Count);
        Assert.Equal(Enumerable.Range(1, 40), history.Select(r => r.Revision));
        Assert.Equal(40, _store.Audit(Id("r2")).Count);
    }

    [Theory]
    [InlineData(ReviewStatus.Corrected, null, "ada", "corrected_target: a 'corrected' review needs the corrected target formula")]
    [InlineData(ReviewStatus.Corrected, "Xx2O3", "ada", "corrected_target: unknown element 'Xx'")]
    [InlineData(ReviewStatus.Corrected, "Mn", "ada", "corrected_target: 'Mn' is a single element")]
    [InlineData(ReviewStatus.FalseAlarm, "BaTiO3", "ada", "corrected_target: only a 'corrected' review")]
    [InlineData(ReviewStatus.FalseAlarm, null, " ", "reviewer: who decides is required")]
    public void Invalid_decisions_name_the_field(ReviewStatus status, string? target, string reviewer, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => _store.Review(Id("r1"), Decision(status, 0, reviewer, target)));

        Assert.StartsWith(message, error.Message);
        Assert.Empty(_store.History(Id("r1")));
    }

    [Fact]
    public void Rerunning_the_same_run_keeps_reviews_and_drops_only_unreviewed_flags_it_no_longer_raises()
    {
        _store.Review(Id("r1"), Decision(ReviewStatus.ConfirmedError, 0));
        _store.Review(Id("r2"), Decision(ReviewStatus.FalseAlarm, 0));

        _store.SaveRun(_run, [Flag(_run, "r1", 0.8, FlagReason.ModelDisagrees)]);

        Assert.Equal((ReviewStatus.ConfirmedError, 1, 0.8), (_store.Get(Id("r1"))!.Status, _store.Get(Id("r1"))!.Revision, _store.Get(Id("r1"))!.Score));
        Assert.Equal(ReviewStatus.FalseAlarm, _store.Get(Id("r2"))!.Status);
        Assert.Null(_store.Get(Id("r3")));
        Assert.Single(_store.History(Id("r1")));
    }

    [Fact]
    public void Lists_filter_by_reason_status_and_score_sort_and_page()
    {
        _store.Review(Id("r3"), Decision(ReviewStatus.FalseAlarm, 0));

        Assert.Equal(["r1", "r3", "r2"], _store.List(FlagQuery.All, 0, 10)!.Flags.Select(f => f.ReactionId));
        Assert.Equal(["r2", "r3", "r1"], _store.List(FlagQuery.All with { Order = FlagOrder.ScoreAscending }, 0, 10)!.Flags.Select(f => f.ReactionId));
        Assert.Equal(["r3"], _store.List(FlagQuery.All with { Statuses = [ReviewStatus.FalseAlarm] }, 0, 10)!.Flags.Select(f => f.ReactionId));
        Assert.Equal(["r2"], _store.List(FlagQuery.All with { Reasons = [FlagReason.DoiVariant] }, 0, 10)!.Flags.Select(f => f.ReactionId));
        Assert.Equal(["r1", "r3"], _store.List(FlagQuery.All with { MinScore = 0.6 }, 0, 10)!.Flags.Select(f => f.ReactionId));
        var second = _store.List(FlagQuery.All, 1, 1)!;
        Assert.Equal((3, "r3"), (second.Total, second.Flags.Single().ReactionId));
    }

    [Fact]
    public void Reviews_persist_when_the_database_is_closed_and_opened_again()
    {
        _store.Review(Id("r1"), Decision(ReviewStatus.ConfirmedError, 0));
        _db.Close();

        var reopened = new CurationStore(_db.Database);

        Assert.Equal((ReviewStatus.ConfirmedError, 1), (reopened.Get(Id("r1"))!.Status, reopened.Get(Id("r1"))!.Revision));
        Assert.Single(reopened.History(Id("r1")));
    }
}
