using System.Globalization;

namespace Synthesis.Data.Import;

/// <summary>
/// Evaluates the amount strings of the text-mined data ("1-x", "2*y", "0.5x", "x/2", "(1-x)/2", "3 - del_O"):
/// numbers, variable names, + - * /, parentheses, and a number written straight before a variable or bracket
/// ("0.5x", "2(1-x)") read as a product.
/// </summary>
public static class AmountExpression
{
    /// <summary>The value of <paramref name="text"/>; <paramref name="variable"/> gives a variable's value or null when it has none.</summary>
    public static double Evaluate(string text, Func<string, double?> variable)
    {
        var parser = new Parser(text, variable);
        var value = parser.Sum();
        parser.SkipSpaces();
        if (!parser.AtEnd) throw parser.Error($"unexpected '{text[parser.Position]}'");
        return value;
    }

    /// <summary>The variable names an amount uses, in order of appearance.</summary>
    public static IEnumerable<string> Variables(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!IsNameStart(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsNamePart(text[i])) i++;
            yield return text[start..i];
        }
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';
    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private sealed class Parser(string text, Func<string, double?> variable)
    {
        public int Position { get; private set; }
        public bool AtEnd => Position >= text.Length;

        public FormatException Error(string reason) => new($"cannot evaluate amount '{text}': {reason}");

        public void SkipSpaces()
        {
            while (!AtEnd && char.IsWhiteSpace(text[Position])) Position++;
        }

        public double Sum()
        {
            var value = Product();
            while (TryTake('+', '-', '−') is { } op)
                value = op == '+' ? value + Product() : value - Product();
            return value;
        }

        private double Product()
        {
            var value = Unary();
            while (true)
            {
                if (TryTake('*', '/') is { } op) value = op == '*' ? value * Unary() : value / Unary();
                else if (StartsFactor()) value *= Unary(); // "0.5x", "2(1-x)", "x y"
                else return value;
            }
        }

        private double Unary() => TryTake('-', '−') is not null ? -Unary() : TryTake('+') is not null ? Unary() : Factor();

        private double Factor()
        {
            SkipSpaces();
            if (AtEnd) throw Error("expression ends too early");
            var c = text[Position];
            if (c == '(')
            {
                Position++;
                var inner = Sum();
                if (TryTake(')') is null) throw Error("missing ')'");
                return inner;
            }
            if (char.IsAsciiDigit(c) || c == '.') return Number();
            if (IsNameStart(c)) return Variable();
            throw Error($"unexpected '{c}'");
        }

        private double Number()
        {
            var start = Position;
            while (!AtEnd && (char.IsAsciiDigit(text[Position]) || text[Position] == '.')) Position++;
            if (!double.TryParse(text.AsSpan(start, Position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                throw Error($"'{text[start..Position]}' is not a number");
            return value;
        }

        private double Variable()
        {
            var start = Position;
            while (!AtEnd && IsNamePart(text[Position])) Position++;
            var name = text[start..Position];
            return variable(name) ?? throw new UnresolvedVariableException(name, text);
        }

        private bool StartsFactor()
        {
            SkipSpaces();
            return !AtEnd && (text[Position] == '(' || IsNameStart(text[Position]));
        }

        private char? TryTake(params ReadOnlySpan<char> symbols)
        {
            SkipSpaces();
            if (AtEnd || !symbols.Contains(text[Position])) return null;
            return text[Position++];
        }
    }
}

/// <summary>An amount uses a variable the record gives no value for.</summary>
public sealed class UnresolvedVariableException(string name, string expression)
    : FormatException($"variable '{name}' in amount '{expression}' has no value")
{
    public string Name { get; } = name;
}
