using System.Globalization;
using System.Text.RegularExpressions;

namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// Reads "AB6C3_hR30_160_a_2b_b:Hf-N-Zn": prototype, Pearson symbol, space group, one Wyckoff part per element
/// ('_' between them), ':' and the elements ('-' between them), then checks it against the Wyckoff tables
/// (<see cref="LabelChecks"/>). Every error is one line naming the part at fault. Bounded by
/// <see cref="InputLimits.MaxProtostructureLabelLength"/>, so the work is linear in a short input.
/// </summary>
internal static partial class ProtostructureLabelParser
{
    [GeneratedRegex(@"^(?:[A-Z][0-9]{0,6})+$")]
    private static partial Regex PrototypeSyntax();

    [GeneratedRegex(@"[A-Z]([0-9]*)")]
    private static partial Regex PrototypeTerm();

    [GeneratedRegex(@"^([a-z])([A-Z])([0-9]{1,6})$")]
    private static partial Regex PearsonSyntax();

    [GeneratedRegex(@"^(?:[0-9]{0,4}[a-zA-Z])+$")]
    private static partial Regex WyckoffSyntax();

    [GeneratedRegex(@"([0-9]*)([a-zA-Z])")]
    private static partial Regex WyckoffTerm();

    public static ProtostructureLabel Parse(string text, WyckoffTables tables)
    {
        ArgumentNullException.ThrowIfNull(text);
        Exception Error(string reason) => new ProtostructureLabelException(text, reason);
        if (text.Length > InputLimits.MaxProtostructureLabelLength) throw Error($"longer than {InputLimits.MaxProtostructureLabelLength} characters");
        var label = text.Trim();
        if (label.Length == 0) throw Error("empty label");

        var colon = label.IndexOf(':');
        if (colon < 0) throw Error("no ':' before the elements (expected e.g. AB6C3_hR30_160_a_2b_b:Hf-N-Zn)");
        var elements = label[(colon + 1)..].Split('-');
        var parts = label[..colon].Split('_');
        if (parts.Length < 4) throw Error("expected prototype_Pearson_spacegroup_wyckoffs before ':' (e.g. AB6C3_hR30_160_a_2b_b)");

        var amounts = ReadPrototype(parts[0], Error);
        var pearson = ReadPearson(parts[1], Error);
        var spaceGroup = ReadSpaceGroup(parts[2], Error);
        var wyckoffs = parts[3..];
        if (amounts.Length != elements.Length || wyckoffs.Length != elements.Length)
            throw Error($"prototype {parts[0]} has {amounts.Length} elements, the Wyckoff part {wyckoffs.Length} and the element list {elements.Length}");
        var sets = elements.Select((element, i) => new LabelChecks.ElementSets(element, amounts[i], ReadWyckoffSets(wyckoffs[i], element, Error))).ToArray();
        return LabelChecks.Build(spaceGroup, pearson, sets, tables, Error);
    }

    private static int[] ReadPrototype(string prototype, Func<string, Exception> error)
    {
        if (!PrototypeSyntax().IsMatch(prototype))
            throw error($"prototype '{InputLimits.Echo(prototype)}' is not capitals each with an optional amount (e.g. AB6C3)");
        var terms = PrototypeTerm().Matches(prototype);
        for (var i = 0; i < terms.Count; i++)
            if (terms[i].Value[0] != (char)('A' + i))
                throw error($"prototype '{prototype}' names '{terms[i].Value[0]}' where '{(char)('A' + i)}' comes next");
        return terms.Select(t => t.Groups[1].Length == 0 ? 1 : Positive(t.Groups[1].Value, $"amount in prototype '{prototype}'", error)).ToArray();
    }

    private static PearsonSymbol ReadPearson(string pearson, Func<string, Exception> error)
    {
        var match = PearsonSyntax().Match(pearson);
        if (!match.Success) throw error($"Pearson symbol '{InputLimits.Echo(pearson)}' is not family, centring and atom count (e.g. hR30)");
        var family = match.Groups[1].Value[0];
        var centring = match.Groups[2].Value[0];
        if (!PearsonSymbol.Families.Contains(family)) throw error($"Pearson symbol '{pearson}' has family '{family}', not one of {PearsonSymbol.Families}");
        if (!PearsonSymbol.Centrings.Contains(centring)) throw error($"Pearson symbol '{pearson}' has centring '{centring}', not one of {PearsonSymbol.Centrings}");
        return new PearsonSymbol(family, centring, Positive(match.Groups[3].Value, $"atom count of Pearson symbol '{pearson}'", error));
    }

    private static int ReadSpaceGroup(string text, Func<string, Exception> error) =>
        text.Length is >= 1 and <= 3 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) is >= 1 and <= SpaceGroupCentring.Count and var number
            ? number
            : throw error($"space group '{InputLimits.Echo(text)}' is not a number 1–230");

    private static WyckoffOccupation[] ReadWyckoffSets(string text, string element, Func<string, Exception> error)
    {
        if (!WyckoffSyntax().IsMatch(text))
            throw error($"Wyckoff part '{InputLimits.Echo(text)}' of {InputLimits.Echo(element)} is not letters each with an optional count (e.g. 2b)");
        var sets = WyckoffTerm().Matches(text)
            .Select(m => new WyckoffOccupation(m.Groups[2].Value[0],
                m.Groups[1].Length == 0 ? 1 : Positive(m.Groups[1].Value, $"count in Wyckoff part '{text}'", error)))
            .ToArray();
        if (sets.Select(s => s.Letter).Distinct().Count() != sets.Length)
            throw error($"Wyckoff part '{text}' of {InputLimits.Echo(element)} names a letter twice (write 2b, not bb)");
        return sets;
    }

    private static int Positive(string digits, string what, Func<string, Exception> error) =>
        int.Parse(digits, CultureInfo.InvariantCulture) is > 0 and var value ? value : throw error($"{what} is 0");
}
