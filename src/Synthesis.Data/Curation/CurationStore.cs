using System.Runtime.CompilerServices;
using LiteDB;
using Synthesis.Data.Storage;

namespace Synthesis.Data.Curation;

/// <summary>
/// Flags, reviews and the append-only audit log in the reaction database (the process's one
/// <see cref="LiteDatabase"/> for the file). Every write is one LiteDB transaction on the calling thread, so a
/// kill leaves the old state or the new, never half; reviews are optimistic (a review names the revision it
/// was based on) and serialised per database, so of two reviewers the later sees a conflict instead of
/// overwriting the earlier. Nothing is updated in place but a flag's current status: reviews and audit entries
/// are only ever inserted.
/// </summary>
public sealed class CurationStore
{
    private static readonly ConditionalWeakTable<LiteDatabase, Lock> WriteLocks = new();
    private readonly LiteDatabase _database;
    private readonly Lock _writeLock;

    public CurationStore(LiteDatabase database)
    {
        _database = database;
        _writeLock = WriteLocks.GetValue(database, _ => new Lock());
        Flags.EnsureIndex(f => f.RunId);
        Flags.EnsureIndex(f => f.ReactionId);
        Reviews.EnsureIndex(r => r.FlagId);
        Reviews.EnsureIndex(r => r.DatasetVersion);
    }

    private ILiteCollection<FlagRecord> Flags => _database.GetCollection<FlagRecord>(FlagRecord.Collection);
    private ILiteCollection<ReviewRecord> Reviews => _database.GetCollection<ReviewRecord>(ReviewRecord.Collection);
    private ILiteCollection<AuditEntry> AuditLog => _database.GetCollection<AuditEntry>(AuditEntry.Collection);
    private ILiteCollection<RunRecord> Runs => _database.GetCollection<RunRecord>(RunRecord.Collection);

    /// <summary>The most recently finished run, or the one named; null when there is none.</summary>
    public RunRecord? Run(string? runId = null) =>
        string.IsNullOrEmpty(runId) ? Runs.Query().OrderByDescending(r => r.FinishedUtc).FirstOrDefault() : Runs.FindById(runId);

    public IReadOnlyList<RunRecord> AllRuns() => Runs.Query().OrderByDescending(r => r.FinishedUtc).ToList();

    /// <summary>
    /// Stores a run's flags in one transaction. Re-running the same run (same dataset and model versions) replaces
    /// the evidence but keeps every review: a flag keeps its status and revision, and a reviewed flag the run no
    /// longer raises stays; unreviewed flags it no longer raises go.
    /// </summary>
    public void SaveRun(RunRecord run, IReadOnlyList<FlagRecord> flags)
    {
        lock (_writeLock)
            InTransaction(() =>
            {
                var existing = Flags.Find(f => f.RunId == run.Id).ToDictionary(f => f.Id);
                foreach (var flag in flags)
                {
                    flag.RunId = run.Id;
                    if (existing.Remove(flag.Id, out var old))
                        (flag.Status, flag.Revision, flag.LastReviewedUtc) = (old.Status, old.Revision, old.LastReviewedUtc);
                    Flags.Upsert(flag);
                }
                foreach (var gone in existing.Values.Where(f => f.Revision == 0)) Flags.Delete(gone.Id);
                Runs.Upsert(run);
                AuditLog.Insert(new AuditEntry
                {
                    AtUtc = run.FinishedUtc, Action = "run", Actor = "synthesis curate run", RunId = run.Id,
                    Detail = $"{run.Mode} run of model {run.ModelVersion} on dataset version {run.DatasetVersion}: {flags.Count} flags at threshold {run.Threshold:0.###}",
                });
            });
    }

    /// <summary>A page of a run's flags; null when there is no such run (or none at all).</summary>
    public FlagPage? List(FlagQuery query, int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (Run(query.RunId) is not { } run) return null;
        var matching = Flags.Find(f => f.RunId == run.Id)
            .Where(f => f.Score >= query.MinScore)
            .Where(f => query.Reasons.Count == 0 || f.Reasons.Any(query.Reasons.Contains))
            .Where(f => query.Statuses.Count == 0 || query.Statuses.Contains(f.Status));
        var ordered = query.Order switch
        {
            FlagOrder.ScoreAscending => matching.OrderBy(f => f.Score).ThenBy(f => f.ReactionId, StringComparer.Ordinal),
            FlagOrder.ReactionId => matching.OrderBy(f => f.ReactionId, StringComparer.Ordinal),
            FlagOrder.LastReviewed => matching.OrderByDescending(f => f.LastReviewedUtc ?? DateTime.MinValue)
                .ThenByDescending(f => f.Score).ThenBy(f => f.ReactionId, StringComparer.Ordinal),
            _ => matching.OrderByDescending(f => f.Score).ThenBy(f => f.ReactionId, StringComparer.Ordinal),
        };
        var all = ordered.ToList();
        return new FlagPage(run, all.Count, all.Skip(offset).Take(limit).ToList());
    }

    public FlagRecord? Get(string flagId) => Flags.FindById(flagId);

    /// <summary>Every review of the flag, oldest first.</summary>
    public IReadOnlyList<ReviewRecord> History(string flagId) =>
        Reviews.Find(r => r.FlagId == flagId).OrderBy(r => r.Revision).ToList();

    /// <summary>The audit log, oldest first; only the flag's entries when one is named.</summary>
    public IReadOnlyList<AuditEntry> Audit(string? flagId = null) =>
        (flagId is null ? AuditLog.FindAll() : AuditLog.Find(a => a.FlagId == flagId)).OrderBy(a => a.Id).ToList();

    /// <summary>
    /// Records a decision and returns the flag as it now stands; null for an unknown flag. Throws
    /// <see cref="ArgumentException"/> for an invalid decision and <see cref="ReviewConflictException"/> when the flag
    /// is no longer at the revision the decision was based on (nothing is written then).
    /// </summary>
    public FlagRecord? Review(string flagId, ReviewDecision decision, DateTime? now = null)
    {
        ReviewDecisionCheck.Validate(decision);
        var at = now ?? DateTime.UtcNow;
        lock (_writeLock)
            return InTransaction(() =>
            {
                if (Flags.FindById(flagId) is not { } flag) return null;
                if (flag.Revision != decision.ExpectedRevision) throw new ReviewConflictException(flagId, flag.Revision, decision.ExpectedRevision);
                var review = new ReviewRecord
                {
                    Id = ReviewRecord.KeyOf(flagId, flag.Revision + 1), FlagId = flagId, ReactionId = flag.ReactionId,
                    DatasetVersion = flag.DatasetVersion, Revision = flag.Revision + 1, Status = decision.Status,
                    CorrectedTarget = decision.Status == ReviewStatus.Corrected ? decision.CorrectedTarget!.Trim() : null,
                    Reviewer = decision.Reviewer.Trim(), Note = decision.Note, ReviewedUtc = at,
                };
                Reviews.Insert(review);
                var from = flag.Status;
                (flag.Status, flag.Revision, flag.LastReviewedUtc) = (review.Status, review.Revision, at);
                Flags.Update(flag);
                AuditLog.Insert(new AuditEntry
                {
                    AtUtc = at, Action = "review", Actor = review.Reviewer, FlagId = flagId, ReactionId = flag.ReactionId, RunId = flag.RunId,
                    From = from, To = review.Status, Revision = review.Revision,
                    Detail = review.CorrectedTarget is { } target ? $"corrected target: {target}" : review.Note.Length > 0 ? "with a note" : "",
                });
                return flag;
            });
    }

    /// <summary>The decision in force for each reaction of a dataset version: its latest review over all runs' flags.</summary>
    public IReadOnlyDictionary<string, ReviewRecord> Decisions(int datasetVersion) =>
        Reviews.Find(r => r.DatasetVersion == datasetVersion)
            .GroupBy(r => r.ReactionId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ReviewedUtc).ThenBy(r => r.Revision).Last());

    private T InTransaction<T>(Func<T> write)
    {
        if (!_database.BeginTrans()) throw new InvalidOperationException("a curation write is already in a transaction on this thread");
        try
        {
            var result = write();
            _database.Commit();
            return result;
        }
        catch (Exception original)
        {
            try
            {
                _database.Rollback();
            }
            catch
            {
                // A failed write (disk full, a dying file) fails the rollback too: LiteDB's log never got the commit
                // mark, so nothing of the change is kept, and the first error is the one to report.
            }
            if (DiskFull.Caused(original)) throw DiskFull.Explain(original, "nothing of this change was saved", "try again");
            throw;
        }
    }

    private void InTransaction(Action write) => InTransaction(() =>
    {
        write();
        return 0;
    });
}
