using Synthesis.Chemistry.Elements;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Curation.Rules;

/// <summary>A target element that no precursor brings in (O, H, C and N may come from the air, water or a fuel).</summary>
public static class ElementsNotInPrecursors
{
    public static IEnumerable<ReactionFinding> Find(Reaction reaction)
    {
        var brought = reaction.Precursors.SelectMany(p => p.Composition.Keys).ToHashSet();
        var missing = reaction.Target.Keys.Where(e => !SurroundingElements.Contains(e) && !brought.Contains(e)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            yield return ReactionFinding.Of(reaction, FlagReason.ElementNotInPrecursors,
                $"target element{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} in no precursor");
    }
}
