using Synthesis.Data.Reactions;

namespace Synthesis.Data.Curation.Rules;

/// <summary>
/// The same DOI written differently (case, a "doi:" or resolver prefix, whitespace): the reactions that use a
/// spelling other than the paper's most common one are flagged, so that one paper is not split in two.
/// </summary>
public static class DoiVariants
{
    private static readonly string[] Prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];

    public static string Normalise(string doi)
    {
        var text = string.Concat(doi.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        foreach (var prefix in Prefixes)
            if (text.StartsWith(prefix, StringComparison.Ordinal)) return text[prefix.Length..];
        return text;
    }

    public static IEnumerable<ReactionFinding> Find(IReadOnlyList<Reaction> reactions)
    {
        foreach (var paper in reactions.Where(r => r.Doi.Length > 0).GroupBy(r => Normalise(r.Doi)))
        {
            var spellings = paper.GroupBy(r => r.Doi, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
            if (spellings.Count < 2) continue;
            var usual = spellings[0];
            foreach (var reaction in spellings.Skip(1).SelectMany(s => s))
                yield return ReactionFinding.Of(reaction, FlagReason.DoiVariant,
                    $"DOI written '{reaction.Doi}' here and '{usual.Key}' in {usual.Count()} other reaction{(usual.Count() > 1 ? "s" : "")}");
        }
    }
}
