using Synthesis.Data.Reactions;

namespace Synthesis.Data.Cleaning;

/// <summary>
/// The oxygen that kept reactions with an explicit oxygen report per cation ratio, read over a whole dataset one reaction
/// at a time (one entry per distinct cation ratio and oxygen, not per reaction), then given to the targets whose oxygen
/// was written as a variable (<see cref="VariableOxygen"/>): the most often reported oxygen per cation (to 3 decimals; a
/// tie goes to the one nearest the target's charge balance) replaces the charge balance. YBa2Cu3Oy becomes YBa2Cu3O7.
/// </summary>
public sealed class ReportedOxygen
{
    // cation key → oxygen per cation (to 3 decimals) → (its first exact value, how many report it)
    private readonly Dictionary<string, Dictionary<double, (double PerCation, int Count)>> _reported = [];

    /// <summary>Counts a kept reaction's oxygen when it is explicit (not written as a variable).</summary>
    public void Read(Reaction reaction)
    {
        if (reaction.RecordedTarget is not null || !reaction.Target.TryGetValue("O", out var oxygen)) return;
        var key = CationKey(reaction.Target);
        var counts = _reported.TryGetValue(key, out var found) ? found : _reported[key] = [];
        var perCation = oxygen / Cations(reaction.Target);
        var rounded = Math.Round(perCation, 3);
        counts[rounded] = counts.TryGetValue(rounded, out var seen) ? (seen.PerCation, seen.Count + 1) : (perCation, 1);
    }

    /// <summary>Gives a target written with a variable oxygen the reported one; false when none is reported for its cations.</summary>
    public bool Apply(Reaction reaction)
    {
        if (reaction.RecordedTarget is null || !_reported.TryGetValue(CationKey(reaction.Target), out var counts)) return false;
        var cations = Cations(reaction.Target);
        var current = reaction.Target["O"] / cations;
        var (perCation, reactions) = counts.Values.OrderByDescending(c => c.Count).ThenBy(c => Math.Abs(c.PerCation - current)).First();
        VariableOxygen.TakeReported(reaction, perCation * cations, reactions);
        return true;
    }

    private static string CationKey(Dictionary<string, double> target) =>
        ReactionKeys.Composition(target.Where(e => e.Key != "O").ToDictionary(e => e.Key, e => e.Value));

    private static double Cations(Dictionary<string, double> target) => target.Where(e => e.Key != "O").Sum(e => e.Value);
}
