using System.Globalization;
using System.Text.RegularExpressions;
using Synthesis.Chemistry.Elements;

namespace Synthesis.Chemistry.Formulas;

/// <summary>
/// Reads formulas as chemists and text-mined records write them: nested () and [], decimal and fractional
/// amounts ("Li1/8Sr13/16Zr3/4Nb1/4O3"), hydrates and adducts joined by '·', '*' or '.' with an optional
/// leading coefficient ("Fe2(SO4)3·5H2O", "Cu(NO3)2·2.5H2O", "3Ni(OH)2·4H2O"), and a trailing purity tag
/// ("MgO(4N)", "Al2O3 (99.99%)"), which names no element and is ignored.
/// </summary>
/// <remarks>
/// A '.' between two digits is a decimal point ("La0.6Sr0.4MnO3"), except where it follows an element's amount
/// and is followed by a coefficient and water or ammonia ("CaCl2.2H2O"), the one reading that is never a decimal
/// in practice; a leading coefficient is always a number ("·2.5H2O" is 2.5 waters).
/// Bounded by <see cref="InputLimits"/>: at most <see cref="InputLimits.MaxFormulaLength"/> characters, brackets
/// nested at most <see cref="InputLimits.MaxNestingDepth"/> deep (so recursion depth is bounded whatever the input),
/// amounts at most <see cref="InputLimits.MaxAmount"/>.
/// </remarks>
public static partial class FormulaParser
{
    private const string AdductSeparators = "·•∙*.";

    [GeneratedRegex(@"^\d+(\.\d+)?(H2O|D2O|NH3)")]
    private static partial Regex HydrateAfterDot();

    /// <summary>"(4N)", "(5N5)", "(99.99%)", "(99.9 %)" at the very end, with any whitespace before it.</summary>
    [GeneratedRegex(@"\s*\((\d+N\d*|\d+(\.\d+)?\s*%)\)\s*$")]
    private static partial Regex PurityTag();

    public static Composition Parse(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        if (formula.Length > InputLimits.MaxFormulaLength)
            throw new FormulaException(formula, InputLimits.MaxFormulaLength, $"longer than {InputLimits.MaxFormulaLength} characters");
        var reader = new Reader(formula, PurityTag().Match(formula) is { Success: true } tag ? tag.Index : formula.Length);
        reader.SkipWhitespace();
        if (reader.AtEnd) throw reader.Error("empty formula");
        var total = new CompositionBuilder();
        do
        {
            reader.SkipWhitespace();
            var coefficient = reader.TryNumber(leadingCoefficient: true) ?? 1.0;
            reader.SkipWhitespace();
            var part = ParseGroup(reader, closing: null, depth: 0);
            if (part.IsEmpty) throw reader.Error("expected an element");
            total.Add(part, coefficient);
            reader.SkipWhitespace();
        } while (reader.TrySeparator());
        if (!reader.AtEnd) throw reader.Error($"unexpected '{reader.Current}'");
        return total.Build();
    }

    public static bool TryParse(string formula, out Composition? composition, out string? error)
    {
        try
        {
            composition = Parse(formula);
            error = null;
            return true;
        }
        catch (FormulaException e)
        {
            composition = null;
            error = e.Message;
            return false;
        }
    }

    private static CompositionBuilder ParseGroup(Reader reader, char? closing, int depth)
    {
        var group = new CompositionBuilder();
        while (!reader.AtEnd)
        {
            var c = reader.Current;
            if (c is '(' or '[' or '{')
            {
                var open = reader.Position;
                if (depth == InputLimits.MaxNestingDepth) throw reader.Error($"brackets nested deeper than {InputLimits.MaxNestingDepth}");
                reader.Advance();
                var inner = ParseGroup(reader, c switch { '(' => ')', '[' => ']', _ => '}' }, depth + 1);
                if (inner.IsEmpty) throw new FormulaException(reader.Text, open, "empty brackets");
                group.Add(inner, reader.TryNumber() ?? 1.0);
            }
            else if (c is ')' or ']' or '}')
            {
                if (closing != c) throw reader.Error(closing is null ? $"unmatched '{c}'" : $"expected '{closing}' but found '{c}'");
                reader.Advance();
                return group;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                var start = reader.Position;
                reader.Advance();
                if (!reader.AtEnd && char.IsAsciiLetterLower(reader.Current)) reader.Advance();
                var symbol = reader.Text[start..reader.Position];
                if (!PeriodicTable.IsElement(symbol)) throw new FormulaException(reader.Text, start, $"unknown element '{symbol}'");
                group.Add(symbol, reader.TryNumber() ?? 1.0);
            }
            else break;
        }
        if (closing is not null) throw reader.Error($"missing '{closing}'");
        return group;
    }

    /// <summary>Reads <paramref name="text"/> up to <paramref name="end"/> (where a purity tag starts, or its length).</summary>
    private sealed class Reader(string text, int end)
    {
        public string Text { get; } = text;
        public int Position { get; private set; }
        public bool AtEnd => Position >= end;
        public char Current => Text[Position];

        public void Advance() => Position++;

        public void SkipWhitespace()
        {
            while (!AtEnd && char.IsWhiteSpace(Current)) Position++;
        }

        public FormulaException Error(string reason) => new(Text, Position, reason);

        public bool TrySeparator()
        {
            if (AtEnd || !AdductSeparators.Contains(Current)) return false;
            Position++;
            if (AtEnd) throw Error("nothing after the adduct separator");
            return true;
        }

        /// <summary>
        /// Reads an amount if one starts here: "2", "0.6", ".5" or a fraction "13/16"; rejects signs, zero,
        /// non-finite values and amounts above <see cref="InputLimits.MaxAmount"/>.
        /// </summary>
        public double? TryNumber(bool leadingCoefficient = false)
        {
            if (AtEnd) return null;
            if (Current is '-' or '+' or '−') throw Error("amounts must be positive numbers");
            var start = Position;
            var value = TryDecimal(leadingCoefficient);
            if (value is null) return null;
            if (!AtEnd && Current == '/' && Position + 1 < end && char.IsAsciiDigit(Text[Position + 1]))
            {
                Position++;
                var denominator = TryDecimal(leadingCoefficient: true)!.Value;
                if (denominator == 0) throw new FormulaException(Text, start, "fraction with a zero denominator");
                value /= denominator;
            }
            if (!double.IsFinite(value.Value)) throw new FormulaException(Text, start, "amount is not a finite number");
            if (value <= 0) throw new FormulaException(Text, start, "amount must be greater than zero");
            if (value > InputLimits.MaxAmount) throw new FormulaException(Text, start, $"amount larger than {InputLimits.MaxAmount:0.#####e+0}");
            return value;
        }

        private double? TryDecimal(bool leadingCoefficient)
        {
            var start = Position;
            while (!AtEnd && char.IsAsciiDigit(Current)) Position++;
            if (!AtEnd && Current == '.' && Position + 1 < end && char.IsAsciiDigit(Text[Position + 1])
                && (leadingCoefficient || !(Position > start && HydrateAfterDot().IsMatch(Text.AsSpan(Position + 1, end - Position - 1)))))
            {
                Position++;
                while (!AtEnd && char.IsAsciiDigit(Current)) Position++;
            }
            if (Position == start) return null;
            return double.Parse(Text.AsSpan(start, Position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }
    }
}
