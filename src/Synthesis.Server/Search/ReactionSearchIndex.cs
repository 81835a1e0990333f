using Synthesis.Data.Storage;

namespace Synthesis.Server.Search;

/// <summary>
/// In-memory fuzzy index over the kept reactions (the catalog's summaries), built once at start-up and read-only
/// afterwards, so safe to share between requests. A reaction's tokens are its target and precursor formulas, the
/// formulas of its reaction string and its DOI, lower-cased and stored once each. A query matches a reaction when
/// every query term reaches the minimum FuzzySharp Ratio against one of its tokens; the score is the terms' mean.
/// </summary>
public sealed class ReactionSearchIndex
{
    private readonly SearchEntry[] _entries;
    private readonly string[] _tokens;

    private ReactionSearchIndex(SearchEntry[] entries, string[] tokens) => (_entries, _tokens) = (entries, tokens);

    public static ReactionSearchIndex Build(IEnumerable<ReactionSummary> summaries)
    {
        var ids = new Dictionary<string, int>();
        var entries = summaries.Select(s => new SearchEntry(s, ElementMask.Of(s.TargetElements),
            SearchTerms.Of(s.TargetFormula).Concat(s.PrecursorFormulas.SelectMany(SearchTerms.Of))
                .Concat(SearchTerms.Of(s.ReactionString)).Append(s.Doi.ToLowerInvariant())
                .Select(token => ids.TryAdd(token, ids.Count) ? ids.Count - 1 : ids[token]).Distinct().ToArray())).ToArray();
        var tokens = new string[ids.Count];
        foreach (var (token, id) in ids) tokens[id] = token;
        return new ReactionSearchIndex(entries, tokens);
    }

    public int Count => _entries.Length;

    /// <summary>Matches ordered by score (best first), then dataset order; without text, dataset order.</summary>
    public SearchPage Search(SearchQuery query, int offset, int pageSize, CancellationToken cancellation)
    {
        var termScores = SearchTerms.Of(query.Text).Select(term => TermScorer.Score(term, _tokens, query.MinScore, cancellation)).ToArray();
        var hits = new List<SearchHit>();
        for (var i = 0; i < _entries.Length; i++)
        {
            if ((i & 4095) == 0) cancellation.ThrowIfCancellationRequested();
            var entry = _entries[i];
            if ((entry.Elements & query.Include) != query.Include || (entry.Elements & query.Exclude) != UInt128.Zero) continue;
            if (Score(entry, termScores, query.MinScore) is { } score) hits.Add(new SearchHit(entry, score));
        }
        var ordered = termScores.Length == 0 ? hits : hits.OrderByDescending(h => h.Score).ToList(); // stable: ties keep dataset order
        return new SearchPage(ordered.Skip(offset).Take(pageSize).ToList(), hits.Count);
    }

    private static int? Score(SearchEntry entry, int[][] termScores, int minScore)
    {
        if (termScores.Length == 0) return 100;
        var total = 0;
        foreach (var scores in termScores)
        {
            var best = 0;
            foreach (var id in entry.TokenIds) best = Math.Max(best, scores[id]);
            if (best < minScore) return null;
            total += best;
        }
        return total / termScores.Length;
    }
}
