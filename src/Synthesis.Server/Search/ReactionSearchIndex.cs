using FuzzySharp;
using FuzzySharp.PreProcess;
using Synthesis.Data.Reactions;

namespace Synthesis.Server.Search;

/// <summary>
/// In-memory fuzzy index over the dataset, built once at start-up and read-only afterwards (so safe to share).
/// A reaction's score is the best of: Ratio against the target formula, Ratio against each precursor
/// formula, PartialRatio against the reaction string (so "LiCoO2" finds every equation that makes it).
/// Keys are lower-cased once at build time; matching is case-insensitive.
/// </summary>
public sealed class ReactionSearchIndex
{
    private readonly SearchEntry[] _entries;

    private ReactionSearchIndex(SearchEntry[] entries) => _entries = entries;

    public static ReactionSearchIndex Build(IEnumerable<Reaction> reactions) => new(reactions.Select(SearchEntry.From).ToArray());

    public int Count => _entries.Length;

    /// <summary>Matches ordered by score (best first), then dataset order; without text, dataset order.</summary>
    public SearchPage Search(SearchQuery query, int offset, int pageSize, CancellationToken cancellation)
    {
        var hits = new List<SearchHit>();
        for (var i = 0; i < _entries.Length; i++)
        {
            if ((i & 1023) == 0) cancellation.ThrowIfCancellationRequested();
            var entry = _entries[i];
            if ((entry.Elements & query.Include) != query.Include || (entry.Elements & query.Exclude) != UInt128.Zero) continue;
            if (query.Text.Length == 0)
            {
                hits.Add(new SearchHit(entry, 100));
                continue;
            }
            var score = Score(query.Text, entry);
            if (score >= query.MinScore) hits.Add(new SearchHit(entry, score));
        }
        var ordered = query.Text.Length == 0 ? hits : hits.OrderByDescending(h => h.Score).ToList(); // stable: ties keep dataset order
        return new SearchPage(ordered.Skip(offset).Take(pageSize).ToList(), hits.Count);
    }

    private static int Score(string text, SearchEntry entry)
    {
        var best = Fuzz.Ratio(text, entry.TargetKey, PreprocessMode.None);
        foreach (var precursor in entry.PrecursorKeys) best = Math.Max(best, Fuzz.Ratio(text, precursor, PreprocessMode.None));
        return best == 100 ? best : Math.Max(best, Fuzz.PartialRatio(text, entry.ReactionKey, PreprocessMode.None));
    }
}
