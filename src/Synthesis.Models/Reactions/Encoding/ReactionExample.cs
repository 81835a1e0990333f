using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;

namespace Synthesis.Models.Reactions.Encoding;

/// <summary>What the reaction model sees of a reaction: precursors, actions and (for training) the product's fractions.</summary>
public sealed record ReactionExample(string Id, IReadOnlyList<Composition> Precursors, IReadOnlyList<ActionClass> Actions, Composition? Product)
{
    /// <summary>Longer action sequences (under 0.1 % of the data) are cut to their first steps.</summary>
    public const int MaxActions = 20;

    public static ReactionExample From(Reaction reaction) => new(
        reaction.Id,
        reaction.Precursors.Select(p => Composition.From(p.Composition)).ToArray(),
        reaction.Actions.Take(MaxActions).ToArray(),
        Composition.From(reaction.Target).Normalised());

    /// <summary>Elements the product may contain: those of the precursors, plus oxygen from the air (the alchemy mask).</summary>
    public IEnumerable<string> AllowedElements() => Precursors.SelectMany(p => p.Elements).Append("O").Distinct();
}
