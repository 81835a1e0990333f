using LiteDB;
using Synthesis.Chemistry.Elements;
using Synthesis.Data.Reactions;
using Synthesis.Data.Splits;

namespace Synthesis.Data.Storage;

/// <summary>
/// Reactions in a LiteDB file a host opened through its <see cref="DatabaseFiles"/>. Reads only ever see the newest
/// complete dataset version; the kept-reaction summaries are cached per version for fast filtering and search.
/// </summary>
public sealed class LiteDbReactionRepository(LiteDatabase database) : IReactionRepository, IReactionCatalog
{
    private static readonly BsonExpression SummaryProjection = BsonExpression.Create(
        "{ _id: $._id, Doi: $.Doi, ReactionString: $.ReactionString, TargetFormula: $.TargetFormula, Target: $.Target, Precursors: ARRAY($.Precursors[*].Formula) }");

    private readonly Lock _cacheLock = new();
    private (int Version, IReadOnlyList<ReactionSummary> Summaries)? _summaries;

    public DatasetVersion? CurrentVersion() => new DatasetVersions(database).Current()?.ToDatasetVersion();

    public Reaction? Get(string id) => Reactions() is { } reactions ? reactions.FindById(id) : null;

    public IReadOnlyList<Reaction> Kept() =>
        Reactions() is { } reactions ? reactions.Query().Where(r => r.Kept).OrderBy(r => r.SourceIndex).ToList() : [];

    public IReadOnlyList<Reaction> ByDoi(string doi) =>
        Reactions() is { } reactions ? reactions.Find(BsonExpression.Create("LOWER($.Doi) = @0", doi.ToLowerInvariant())).ToList() : [];

    public IEnumerable<Reaction> All() =>
        Reactions() is { } reactions ? reactions.Query().OrderBy(r => r.SourceIndex).ToEnumerable() : [];

    public ReactionPage Page(int skip, int take, ElementFilter? filter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        var matching = filter is null ? Summaries() : Summaries().Where(Matches(filter)).ToList();
        var reactions = Reactions();
        var page = reactions is null ? [] : matching.Skip(skip).Take(take).Select(s => reactions.FindById(s.Id)).ToList();
        return new ReactionPage(matching.Count, page);
    }

    public IReadOnlyList<ReactionSummary> Summaries()
    {
        var version = new DatasetVersions(database).Current();
        if (version is null) return [];
        lock (_cacheLock)
        {
            if (_summaries is { } cached && cached.Version == version.Number) return cached.Summaries;
            var summaries = database.GetCollection<Reaction>(VersionRecord.ReactionCollection(version.Number)).Query()
                .Where(r => r.Kept).OrderBy(r => r.SourceIndex).Select(SummaryProjection).ToEnumerable().Select(ToSummary).ToList();
            _summaries = (version.Number, summaries);
            return summaries;
        }
    }

    /// <summary>The persisted split of the current version; computed and stored on first request.</summary>
    public SplitAssignment Split(SplitKind kind, int maxPrecursors = 10, int seed = 0)
    {
        if (maxPrecursors is < 2 or > 10) throw new ArgumentOutOfRangeException(nameof(maxPrecursors), $"max precursors must be 2–10, got {maxPrecursors}");
        var version = new DatasetVersions(database).Current()
            ?? throw new InvalidOperationException("no dataset imported yet: run `synthesis import <file.json.xz>` first");
        var splits = database.GetCollection<SplitRecord>(SplitRecord.Collection);
        var key = SplitRecord.KeyOf(version.Number, kind, maxPrecursors, seed);
        if (splits.FindById(key) is { } stored) return stored.ToAssignment();

        var split = DatasetSplitter.Split(Kept(), kind, maxPrecursors, seed);
        Store(split);
        return split;
    }

    /// <summary>
    /// Persists <paramref name="split"/> as the current version's split of its kind, precursor limit and seed, so that
    /// `train` and `evaluate` use it (a split carried over from another version of the dataset); replaces a stored one.
    /// </summary>
    public void Store(SplitAssignment split)
    {
        var version = new DatasetVersions(database).Current()
            ?? throw new InvalidOperationException("no dataset imported yet: run `synthesis import <file.json.xz>` first");
        database.GetCollection<SplitRecord>(SplitRecord.Collection).Upsert(new SplitRecord
        {
            Id = SplitRecord.KeyOf(version.Number, split.Kind, split.MaxPrecursors, split.Seed), Version = version.Number,
            Kind = split.Kind, MaxPrecursors = split.MaxPrecursors, Seed = split.Seed,
            Train = [.. split.Train], Validation = [.. split.Validation], Test = [.. split.Test],
        });
    }

    private ILiteCollection<Reaction>? Reactions() =>
        new DatasetVersions(database).Current() is { } version
            ? database.GetCollection<Reaction>(VersionRecord.ReactionCollection(version.Number))
            : null;

    private static Func<ReactionSummary, bool> Matches(ElementFilter filter)
    {
        foreach (var symbol in filter.AllOf.Concat(filter.NoneOf))
            if (!PeriodicTable.IsElement(symbol)) throw new ArgumentException($"unknown element '{symbol}'");
        return s => filter.AllOf.All(s.TargetElements.Contains) && !filter.NoneOf.Any(s.TargetElements.Contains);
    }

    private static ReactionSummary ToSummary(BsonDocument d) => new(
        d["_id"].AsString, d["Doi"].AsString, d["ReactionString"].AsString, d["TargetFormula"].AsString,
        d["Precursors"].AsArray.Select(f => f.AsString).ToList(), d["Target"].AsDocument.Keys.ToList());
}
