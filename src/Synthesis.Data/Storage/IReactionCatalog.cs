using Synthesis.Data.Reactions;

namespace Synthesis.Data.Storage;

/// <summary>Browsing and search queries over the current dataset version, for the server and the statistics.</summary>
public interface IReactionCatalog
{
    DatasetVersion? CurrentVersion();

    Reaction? Get(string id);

    /// <summary>Reactions (kept or not) of one paper, DOI compared ignoring case.</summary>
    IReadOnlyList<Reaction> ByDoi(string doi);

    /// <summary>Kept reactions in source order, optionally only those whose target has all of / none of some elements.</summary>
    ReactionPage Page(int skip, int take, ElementFilter? filter = null);

    /// <summary>Id, DOI, reaction string and formulas of every kept reaction: what a fuzzy search index needs, without whole documents.</summary>
    IReadOnlyList<ReactionSummary> Summaries();

    /// <summary>Every reaction of the current version, kept and dropped, in source order (streamed).</summary>
    IEnumerable<Reaction> All();
}

/// <summary>Target element conditions; symbols as in formulas ("Li", "Fe").</summary>
public sealed record ElementFilter(IReadOnlyCollection<string> AllOf, IReadOnlyCollection<string> NoneOf);

public sealed record ReactionPage(int Total, IReadOnlyList<Reaction> Reactions);

public sealed record ReactionSummary(string Id, string Doi, string ReactionString, string TargetFormula,
    IReadOnlyList<string> PrecursorFormulas, IReadOnlyList<string> TargetElements);
