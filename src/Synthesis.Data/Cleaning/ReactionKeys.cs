using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Cleaning;

/// <summary>Canonical strings that say when two reactions are the same: for ids, duplicate detection and grouped splits.</summary>
public static class ReactionKeys
{
    /// <summary>"r" + the first 12 hex digits of SHA-256 over the lower-case DOI, a newline and the reaction string.</summary>
    public static string StableId(string doi, string reactionString) =>
        "r" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{doi.ToLowerInvariant()}\n{reactionString}")))[..12];

    /// <summary>Element fractions in ordinal element order, rounded to 4 decimals: Fe2O3 and FeO1.5 give the same key.</summary>
    public static string Composition(IReadOnlyDictionary<string, double> amounts)
    {
        var total = amounts.Values.Sum();
        return string.Join(' ', amounts.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e.Key + (e.Value / total).ToString("0.####", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// The sorted precursor compositions and the target composition as recorded (<see cref="Reaction.RecordedTarget"/>
    /// where cleaning changed it): "the same chemistry".
    /// </summary>
    public static string Chemistry(Reaction reaction) =>
        string.Join(" + ", reaction.Precursors.Select(p => Composition(p.Composition)).Order(StringComparer.Ordinal))
        + " -> " + Composition(reaction.RecordedTarget ?? reaction.Target);

    /// <summary>Same paper (DOI ignoring case), same chemistry and same action sequence: an exact duplicate.</summary>
    public static string Duplicate(Reaction reaction) =>
        $"{reaction.Doi.ToLowerInvariant()} | {Chemistry(reaction)} | {string.Join(',', reaction.Actions)}";
}
