namespace Synthesis.Server.Search;

/// <summary>A validated search: lower-cased text (empty for none), required and excluded target elements, minimum fuzzy score.</summary>
public sealed record SearchQuery(string Text, UInt128 Include, UInt128 Exclude, int MinScore)
{
    /// <summary>Identifies the query in page tokens, so a token cannot be replayed against another query.</summary>
    public string Fingerprint => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes($"{Text}\n{Include}\n{Exclude}\n{MinScore}")))[..16];
}

public sealed record SearchHit(SearchEntry Entry, int Score);

public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total);
