using Synthesis.Data.Reactions;

namespace Synthesis.Server.Search;

/// <summary>What the index keeps of a reaction: display fields, lower-cased match keys and the target's element mask.</summary>
public sealed class SearchEntry
{
    private SearchEntry(Reaction reaction)
    {
        Id = reaction.Id;
        Doi = reaction.Doi;
        ReactionString = reaction.ReactionString;
        Target = reaction.TargetFormula;
        Precursors = reaction.Precursors.Select(p => p.Formula).ToArray();
        Kept = reaction.Kept;
        Elements = ElementMask.Of(reaction.Target.Keys);
        TargetKey = Target.ToLowerInvariant();
        PrecursorKeys = Precursors.Select(p => p.ToLowerInvariant()).ToArray();
        ReactionKey = ReactionString.ToLowerInvariant();
    }

    public static SearchEntry From(Reaction reaction) => new(reaction);

    public string Id { get; }
    public string Doi { get; }
    public string ReactionString { get; }
    public string Target { get; }
    public IReadOnlyList<string> Precursors { get; }
    public bool Kept { get; }
    public UInt128 Elements { get; }
    public string TargetKey { get; }
    public IReadOnlyList<string> PrecursorKeys { get; }
    public string ReactionKey { get; }
}
