using FuzzySharp;
using FuzzySharp.PreProcess;

namespace Synthesis.Server.Search;

/// <summary>
/// Scores one query term against every token of the index with FuzzySharp's Ratio, skipping tokens that cannot
/// reach the minimum: Ratio = 200·M / (|a| + |b|) with M, the matched characters, at most the shorter length and
/// at most the characters the two share. The bounds are exact, so skipping changes no result; it only avoids
/// ~99 % of the Ratio calls (tens of thousands of distinct formulas per search otherwise).
/// </summary>
public static class TermScorer
{
    /// <summary>Scores against every token; checks <paramref name="cancellation"/> every 1,024 tokens, so a cancelled or late search stops within a millisecond or so.</summary>
    public static int[] Score(string term, IReadOnlyList<string> tokens, int minScore, CancellationToken cancellation = default)
    {
        Span<int> counts = stackalloc int[128];
        foreach (var c in term) counts[Math.Min((int)c, 127)]++;
        var scores = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 1023) == 0) cancellation.ThrowIfCancellationRequested();
            var token = tokens[i];
            if (Bound(Math.Min(term.Length, token.Length), term.Length, token.Length) < minScore) continue;
            if (Bound(SharedCharacters(counts, token), term.Length, token.Length) < minScore) continue;
            scores[i] = Fuzz.Ratio(term, token, PreprocessMode.None);
        }
        return scores;
    }

    /// <summary>Rounded up: Ratio itself rounds, so a floor could skip a token that rounds up to the minimum.</summary>
    private static int Bound(int matched, int length1, int length2) => (int)Math.Ceiling(200.0 * matched / (length1 + length2));

    private static int SharedCharacters(ReadOnlySpan<int> termCounts, string token)
    {
        Span<int> left = stackalloc int[128];
        termCounts.CopyTo(left);
        var shared = 0;
        foreach (var c in token)
        {
            ref var count = ref left[Math.Min((int)c, 127)];
            if (count > 0)
            {
                count--;
                shared++;
            }
        }
        return shared;
    }
}
