using System.Text.Json.Nodes;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Curation;

/// <summary>The ways extraction goes wrong that <see cref="SeededErrors"/> imitates.</summary>
public enum Corruption { SwapCationRatio, DropDopant, AddElement, PrecursorAsProduct }

/// <summary>One seeded error: which reaction (its id survives: the reaction string is left as it was), how, from what to what.</summary>
public sealed record SeededError(string ReactionId, Corruption Kind, string Original, string Corrupted);

/// <summary>
/// Corrupts chosen kept reactions' products the ways text mining goes wrong — swap two cations' amounts, drop the
/// scarcest cation (a dopant), add an element another product has, or record a precursor as the product — so that
/// recall at a threshold and a precision–recall curve can be measured on errors whose truth is known. Seeded and
/// deterministic; the kinds take turns.
/// </summary>
public static class SeededErrors
{
    public static IReadOnlyList<SeededError> Choose(IReadOnlyList<Reaction> kept, int count, int seed)
    {
        var random = new Random(seed);
        var elements = kept.SelectMany(r => r.Target.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var chosen = new List<SeededError>();
        foreach (var reaction in kept.OrderBy(_ => random.Next()))
        {
            if (chosen.Count == count) break;
            var kind = (Corruption)(chosen.Count % 4);
            if (Corrupt(reaction, kind, elements, random) is { } corrupted)
                chosen.Add(new SeededError(reaction.Id, kind, reaction.TargetFormula, corrupted.ToFormula()));
        }
        return chosen;
    }

    /// <summary>The record with its product replaced by the corrupted one (the reaction string kept, so the id stays).</summary>
    public static JsonObject Apply(JsonObject record, SeededError error)
    {
        CorrectedRecord.WriteTarget(record, FormulaParser.Parse(error.Corrupted), error.Corrupted);
        return record;
    }

    private static Composition? Corrupt(Reaction reaction, Corruption kind, string[] elements, Random random)
    {
        var target = reaction.Target;
        var cations = target.Where(e => e.Key != "O").OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        switch (kind)
        {
            case Corruption.SwapCationRatio:
                var pair = cations.Where(a => cations.Any(b => Math.Abs(a.Value - b.Value) > 0.05)).Take(2).ToList();
                if (pair.Count < 2 || Math.Abs(pair[0].Value - pair[1].Value) <= 0.05) return null;
                return With(target, (pair[0].Key, pair[1].Value), (pair[1].Key, pair[0].Value));
            case Corruption.DropDopant:
                if (cations.Count < 3) return null;
                var dopant = cations.MinBy(e => e.Value).Key;
                return Composition.From(target.Where(e => e.Key != dopant));
            case Corruption.AddElement:
                var foreign = elements.Where(e => !target.ContainsKey(e)).ToArray();
                return With(target, (foreign[random.Next(foreign.Length)], 1.0));
            default:
                var precursor = reaction.Precursors.Where(p => p.Composition.Count >= 2 && !SameElements(p.Composition, target)).ToList();
                return precursor.Count == 0 ? null : Composition.From(precursor[random.Next(precursor.Count)].Composition);
        }
    }

    private static Composition With(IReadOnlyDictionary<string, double> target, params (string Element, double Amount)[] changes)
    {
        var amounts = target.ToDictionary(e => e.Key, e => e.Value);
        foreach (var (element, amount) in changes) amounts[element] = amount;
        return Composition.From(amounts);
    }

    private static bool SameElements(Dictionary<string, double> a, Dictionary<string, double> b) => a.Keys.ToHashSet().SetEquals(b.Keys);
}
