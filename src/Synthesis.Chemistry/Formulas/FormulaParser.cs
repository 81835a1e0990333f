using System.Globalization;
using System.Text.RegularExpressions;
using Synthesis.Chemistry.Elements;

namespace Synthesis.Chemistry.Formulas;

/// <summary>
/// Reads formulas as chemists and text-mined records write them: nested () and [], decimal amounts,
/// hydrates and adducts joined by '·', '*' or '.' with an optional leading coefficient ("Fe2(SO4)3·5H2O").
/// </summary>
/// <remarks>
/// A '.' between two digits is a decimal point ("La0.6Sr0.4MnO3"), except where it is followed by a
/// coefficient and water or ammonia ("CaCl2.2H2O"), the one reading that is never a decimal in practice.
/// </remarks>
public static partial class FormulaParser
{
    private const string AdductSeparators = "·•∙*.";

    [GeneratedRegex(@"^\d+(H2O|D2O|NH3)")]
    private static partial Regex HydrateAfterDot();

    public static Composition Parse(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var reader = new Reader(formula);
        reader.SkipWhitespace();
        if (reader.AtEnd) throw reader.Error("empty formula");
        var total = new CompositionBuilder();
        do
        {
            reader.SkipWhitespace();
            var coefficient = reader.TryNumber() ?? 1.0;
            reader.SkipWhitespace();
            var part = ParseGroup(reader, closing: null);
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

    private static CompositionBuilder ParseGroup(Reader reader, char? closing)
    {
        var group = new CompositionBuilder();
        while (!reader.AtEnd)
        {
            var c = reader.Current;
            if (c is '(' or '[' or '{')
            {
                var open = reader.Position;
                reader.Advance();
                var inner = ParseGroup(reader, c switch { '(' => ')', '[' => ']', _ => '}' });
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

    private sealed class Reader(string text)
    {
        public string Text { get; } = text;
        public int Position { get; private set; }
        public bool AtEnd => Position >= Text.Length;
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

        /// <summary>Reads an amount if one starts here; rejects signs and non-finite values.</summary>
        public double? TryNumber()
        {
            if (AtEnd) return null;
            if (Current is '-' or '+' or '−') throw Error("amounts must be positive numbers");
            var start = Position;
            while (!AtEnd && char.IsAsciiDigit(Current)) Position++;
            if (!AtEnd && Current == '.' && Position + 1 < Text.Length && char.IsAsciiDigit(Text[Position + 1])
                && !(Position > start && HydrateAfterDot().IsMatch(Text.AsSpan(Position + 1))))
            {
                Position++;
                while (!AtEnd && char.IsAsciiDigit(Current)) Position++;
            }
            if (Position == start) return null;
            var value = double.Parse(Text.AsSpan(start, Position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            if (!double.IsFinite(value)) throw new FormulaException(Text, start, "amount is not a finite number");
            if (value <= 0) throw new FormulaException(Text, start, "amount must be greater than zero");
            return value;
        }
    }
}
