using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Import;

namespace Synthesis.Data.Cleaning;

/// <summary>
/// Turns a text-mined material into a composition without variables: phases summed weighted by their amounts,
/// amount variables evaluated (<see cref="VariableValues"/>), element variables replaced by the element the
/// reaction's element_substitution names, or — when it names none — shared equally among the elements the
/// material's elements_vars lists (M ∈ {Mn, Fe} with amount 1 becomes Mn0.5Fe0.5).
/// </summary>
public sealed class MaterialResolver(VariableValues variables, IReadOnlyDictionary<string, string> substitution)
{
    /// <summary>More of one element than this in a formula unit is an extraction error, not chemistry.</summary>
    public const double MaxElementAmount = 10_000;

    public Composition Resolve(SourceMaterial material, string role)
    {
        var formula = material.MaterialFormula ?? "";
        var where = $"in {role} {formula}";
        var phases = (material.Composition ?? []).OfType<SourcePhase>().Where(p => p.Elements is { Count: > 0 }).ToList();
        if (phases.Count == 0) return ParseFormula(formula, where);

        var builder = new CompositionBuilder();
        foreach (var phase in phases)
        {
            var weight = variables.Evaluate(phase.Amount ?? "1", $"of phase {phase.Formula} {where}");
            foreach (var (symbol, amountText) in phase.Elements!)
            {
                var amount = weight * variables.Evaluate(amountText ?? "", $"of {symbol} {where}");
                var elements = Elements(symbol, material, where);
                foreach (var element in elements) builder.Add(element, amount / elements.Count);
            }
        }
        var composition = builder.Build();
        if (composition.FirstOrDefault(e => e.Value > MaxElementAmount) is { Key: not null } absurd)
            throw new RecordRejectedException(DropReasons.AbsurdValue, $"{absurd.Value:0.#} of {absurd.Key} {where}");
        return composition;
    }

    private IReadOnlyList<string> Elements(string symbol, SourceMaterial material, string where)
    {
        if (PeriodicTable.IsElement(symbol)) return [symbol];
        if (substitution.TryGetValue(symbol, out var chosen))
            return PeriodicTable.IsElement(chosen) ? [chosen]
                : throw new RecordRejectedException(DropReasons.UnparseableFormula, $"element variable {symbol} is substituted by '{chosen}', not an element, {where}");
        if (material.ElementVariables?.GetValueOrDefault(symbol) is { Count: > 0 } listed)
            return listed.All(e => e is not null && PeriodicTable.IsElement(e)) ? listed!
                : throw new RecordRejectedException(DropReasons.UnparseableFormula, $"element variable {symbol} lists non-elements {string.Join(", ", listed)} {where}");
        throw new RecordRejectedException(DropReasons.UnresolvedAmount, $"element variable {symbol} has no value {where}");
    }

    private static Composition ParseFormula(string formula, string where) =>
        FormulaParser.TryParse(formula, out var composition, out var error) ? composition!
            : throw new RecordRejectedException(DropReasons.UnparseableFormula, $"no composition given and {error} ({where})");
}
