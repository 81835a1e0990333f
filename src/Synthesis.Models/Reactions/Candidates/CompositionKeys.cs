using System.Globalization;
using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Identities for lookups. A precursor is its reduced formula with elements in alphabetical order ("BaCO3" and
/// "CBaO3" are one precursor; "Ba(NO3)2·H2O" and "Ba(NO3)2" are two). A product is its atomic fractions rounded to
/// 3 decimals ("BaTiO3" = "Ba2Ti2O6"). The cation set of a reaction is the elements its precursors bring other
/// than O, H, C and N — what a product can be made of besides oxygen, whatever the salts the paper started from.
/// A prototype is a product's stoichiometry with the elements anonymised.
/// </summary>
public static class CompositionKeys
{
    public static string Precursor(Composition precursor) =>
        Composition.From(precursor.OrderBy(e => e.Key, StringComparer.Ordinal)).ToFormula();

    /// <summary>
    /// The key of a precursor with one element renamed (<see cref="Composition.Renamed"/>), from the precursor's key
    /// (<paramref name="key"/>) instead of its composition, for the common case: renaming an element to one the precursor lacks changes no amount and no common
    /// divisor, so the renamed key is the same element-and-amount tokens in the renamed elements' order. Null when the
    /// precursor already holds <paramref name="to"/> (the amounts would merge) or the key is not plain tokens.
    /// </summary>
    public static string? PrecursorRenamed(string key, string from, string to)
    {
        if (key.Length > 64) return null;
        Span<(int Start, int Length, int ElementLength)> tokens = stackalloc (int, int, int)[32];
        var count = 0;
        for (var i = 0; i < key.Length;)
        {
            if (!char.IsAsciiLetterUpper(key[i]) || count == tokens.Length) return null;
            var end = i + 1;
            while (end < key.Length && char.IsAsciiLetterLower(key[end])) end++;
            var elementLength = end - i;
            while (end < key.Length && (char.IsAsciiDigit(key[end]) || key[end] == '.')) end++;
            tokens[count++] = (i, end - i, elementLength);
            i = end;
        }
        var renamed = -1;
        for (var t = 0; t < count; t++)
        {
            var element = key.AsSpan(tokens[t].Start, tokens[t].ElementLength);
            if (element.SequenceEqual(to)) return null;
            if (element.SequenceEqual(from)) renamed = t;
        }
        if (renamed < 0) return null;
        Span<int> order = stackalloc int[count];
        for (var t = 0; t < count; t++)
        {
            var at = t;
            while (at > 0 && Element(key, tokens[order[at - 1]], order[at - 1] == renamed, to).SequenceCompareTo(Element(key, tokens[t], t == renamed, to)) > 0)
            {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = t;
        }
        var text = new System.Text.StringBuilder(key.Length + to.Length);
        foreach (var t in order)
        {
            text.Append(Element(key, tokens[t], t == renamed, to));
            text.Append(key.AsSpan(tokens[t].Start + tokens[t].ElementLength, tokens[t].Length - tokens[t].ElementLength));
        }
        return text.ToString();

        static ReadOnlySpan<char> Element(string key, (int Start, int Length, int ElementLength) token, bool renamed, string to) =>
            renamed ? to : key.AsSpan(token.Start, token.ElementLength);
    }

    /// <summary>
    /// The distinct keys of a recipe's precursors (given with their keys, in order) with one element renamed, first
    /// occurrences in order: only the precursors holding <paramref name="from"/> are written anew, from their keys where
    /// <see cref="PrecursorRenamed"/> can, else from the renamed composition.
    /// </summary>
    public static string[] PrecursorsRenamed(IReadOnlyList<Composition> precursors, IReadOnlyList<string> keysInOrder, string from, string to)
    {
        var keys = new string[precursors.Count];
        var distinct = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = precursors[i].Contains(from)
                ? PrecursorRenamed(keysInOrder[i], from, to) ?? Precursor(precursors[i].Renamed(from, to))
                : keysInOrder[i];
            if (Array.IndexOf(keys, key, 0, distinct) < 0) keys[distinct++] = key;
        }
        return distinct == keys.Length ? keys : keys[..distinct];
    }

    public static string Product(Composition product) =>
        ProductKey(product.Normalised().OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value)));

    /// <summary>
    /// The key of a known product with one element renamed (<paramref name="from"/> → <paramref name="to"/>, absent from
    /// it): the key of the renamed composition, from its shares as keys write them (<see cref="KnownProduct.WrittenShares"/>),
    /// without writing a composition or a number.
    /// </summary>
    public static string Product(KnownProduct known, string from, string to)
    {
        var (shares, written) = (known.Shares, known.WrittenShares);
        var order = new (string Element, string Share)[shares.Length];
        for (var i = 0; i < shares.Length; i++) order[i] = (shares[i].Element == from ? to : shares[i].Element, written[i]);
        Array.Sort(order, (a, b) => string.CompareOrdinal(a.Element, b.Element));
        var text = new System.Text.StringBuilder(shares.Length * 8);
        foreach (var (element, share) in order)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(element).Append(share);
        }
        return text.ToString();
    }

    /// <summary>A product's key from its atomic fractions in element order: "Ba0.200 O0.600 Ti0.200".</summary>
    private static string ProductKey(IEnumerable<(string Element, double Share)> fractionsInElementOrder) =>
        string.Join(' ', fractionsInElementOrder.Select(e => e.Element + Share(e.Share)));

    /// <summary>A share as product keys write it: three decimals ("0.200").</summary>
    public static string Share(double share) => share.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// The formula with its elements anonymised: the atomic fractions sorted, rounded to 3 decimals. BaTiO3 and SrZrO3
    /// share "0.200 0.200 0.600", La0.9Sr0.1MnO3 and La0.9Ca0.1CoO3 share theirs: how common a stoichiometry is.
    /// </summary>
    public static string Prototype(Composition product) =>
        string.Join(' ', product.Normalised().Select(e => e.Value).Order().Select(v => v.ToString("0.000", CultureInfo.InvariantCulture)));

    public static string CationSet(IEnumerable<Composition> precursors) =>
        string.Join(' ', precursors.SelectMany(p => p.Elements).Where(e => !SurroundingElements.Contains(e)).Distinct().Order(StringComparer.Ordinal));
}
