using Synthesis.Data.Reactions;

namespace Synthesis.Data.Curation.Rules;

/// <summary>The rule checks that need no model, over all kept reactions of a dataset version: reaction id → findings.</summary>
public static class RuleChecks
{
    /// <summary>How much each rule alone makes a flag worth (its share of <see cref="FlagScore"/>).</summary>
    public static double Weight(FlagReason reason) => reason switch
    {
        FlagReason.ElementNotInPrecursors => 0.6,
        FlagReason.TargetNotCompound => 0.5,
        FlagReason.InconsistentDuplicate => 0.4,
        FlagReason.PrecursorAsProduct => 0.4,
        FlagReason.DoiVariant => 0.1,
        _ => 0,
    };

    public static IReadOnlyDictionary<string, List<RuleFinding>> Check(IReadOnlyList<Reaction> reactions) =>
        reactions.SelectMany(ElementsNotInPrecursors.Find)
            .Concat(reactions.SelectMany(TargetNotCompound.Find))
            .Concat(reactions.SelectMany(PrecursorAsProduct.Find))
            .Concat(InconsistentDuplicates.Find(reactions))
            .Concat(DoiVariants.Find(reactions))
            .GroupBy(f => f.ReactionId)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Finding).ToList());
}

/// <summary>One rule's verdict on one reaction.</summary>
public sealed record ReactionFinding(string ReactionId, RuleFinding Finding)
{
    public static ReactionFinding Of(Reaction reaction, FlagReason reason, string detail) =>
        new(reaction.Id, new RuleFinding { Reason = reason, Detail = detail });
}
