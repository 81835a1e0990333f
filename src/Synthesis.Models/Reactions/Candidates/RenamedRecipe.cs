using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// One query's precursor keys with one element renamed, per renaming, written once per query and read by every analogue
/// that swaps the same pair (<see cref="SubstitutedAnalogues.RecipeLikeness"/>): comparing the query renamed Ba → Sr with a
/// source's own recipe is comparing the query with the source's recipe renamed Sr → Ba, without writing a key per record.
/// </summary>
/// <remarks>
/// The two agree where both renamings are one-to-one on the keys compared: no query precursor already holds the element
/// renamed to (<see cref="Of"/> returns null) and no precursor of the record holds the element renamed from (the caller
/// checks it). Elsewhere the caller renames the record's keys as before.
/// </remarks>
public sealed class RenamedRecipe(IReadOnlyList<Composition> precursors)
{
    private readonly string[] _keys = precursors.Select(CompositionKeys.Precursor).ToArray();
    private readonly Dictionary<(string From, string To), string[]?> _renamed = [];

    /// <summary>The query's distinct precursor keys with <paramref name="from"/> renamed <paramref name="to"/>; null when a precursor holds <paramref name="to"/>.</summary>
    public string[]? Of(string from, string to)
    {
        if (_renamed.TryGetValue((from, to), out var keys)) return keys;
        return _renamed[(from, to)] = precursors.Any(p => p.Contains(to)) ? null : CompositionKeys.PrecursorsRenamed(precursors, _keys, from, to);
    }
}
