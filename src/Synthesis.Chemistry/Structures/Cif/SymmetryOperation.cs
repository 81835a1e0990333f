using System.Globalization;

namespace Synthesis.Chemistry.Structures.Cif;

/// <summary>
/// A space-group operation as CIF writes it, "-x+y, -x, z+1/3": x' = R x + t on fractional coordinates, each of the
/// three parts a sum of ±x, ±y, ±z (an integer coefficient allowed) and constants (fractions "1/3" or decimals).
/// </summary>
internal sealed class SymmetryOperation
{
    /// <summary>Characters in one operation: "-x+y+2/3,x-y+1/3,-z+1/3" is 24.</summary>
    private const int MaxLength = 96;

    private readonly int[,] _rotation;
    private readonly double[] _translation;

    private SymmetryOperation(int[,] rotation, double[] translation)
    {
        _rotation = rotation;
        _translation = translation;
    }

    public static SymmetryOperation Identity { get; } = new(new[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, [0, 0, 0]);

    public static SymmetryOperation Parse(string text, Func<string, Exception> error)
    {
        Exception Bad(string why) => error($"symmetry operation '{InputLimits.Echo(text)}' {why}");
        if (text.Length > MaxLength) throw Bad($"is longer than {MaxLength} characters");
        var parts = text.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant().Split(',');
        if (parts.Length != 3) throw Bad("does not have three parts separated by commas");
        var rotation = new int[3, 3];
        var translation = new double[3];
        for (var row = 0; row < 3; row++)
        {
            var part = parts[row];
            var i = 0;
            if (part.Length == 0) throw Bad("has an empty part");
            while (i < part.Length)
            {
                var sign = 1;
                if (part[i] is '+' or '-') sign = part[i++] == '-' ? -1 : 1;
                var start = i;
                while (i < part.Length && (char.IsAsciiDigit(part[i]) || part[i] is '.' or '/')) i++;
                var number = part[start..i];
                if (i < part.Length && part[i] is 'x' or 'y' or 'z')
                {
                    var coefficient = number.Length == 0 ? 1 : int.TryParse(number, CultureInfo.InvariantCulture, out var c) && c <= 6 ? c : throw Bad($"has coefficient '{number}'");
                    rotation[row, part[i] - 'x'] += sign * coefficient;
                    i++;
                }
                else if (number.Length > 0) translation[row] += sign * Constant(number, Bad);
                else throw Bad($"has '{(i < part.Length ? part[i] : '?')}' where x, y, z or a number belongs");
            }
        }
        var determinant = rotation[0, 0] * (rotation[1, 1] * rotation[2, 2] - rotation[1, 2] * rotation[2, 1])
                          - rotation[0, 1] * (rotation[1, 0] * rotation[2, 2] - rotation[1, 2] * rotation[2, 0])
                          + rotation[0, 2] * (rotation[1, 0] * rotation[2, 1] - rotation[1, 1] * rotation[2, 0]);
        if (Math.Abs(determinant) != 1) throw Bad("is not a rotation (its determinant is not ±1)");
        return new SymmetryOperation(rotation, translation);
    }

    /// <summary>The image R x + t of fractional coordinates, wrapped into [0, 1).</summary>
    public (double X, double Y, double Z) Apply(double x, double y, double z)
    {
        double Row(int r) => Wrap(_rotation[r, 0] * x + _rotation[r, 1] * y + _rotation[r, 2] * z + _translation[r]);
        return (Row(0), Row(1), Row(2));
    }

    public static double Wrap(double value)
    {
        var wrapped = value - Math.Floor(value);
        return wrapped >= 1 ? 0 : wrapped;
    }

    private static double Constant(string number, Func<string, Exception> bad)
    {
        var slash = number.IndexOf('/');
        if (slash < 0)
            return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : throw bad($"has number '{number}'");
        return int.TryParse(number.AsSpan(0, slash), CultureInfo.InvariantCulture, out var p) && int.TryParse(number.AsSpan(slash + 1), CultureInfo.InvariantCulture, out var q) && q is > 0 and <= 48
            ? (double)p / q
            : throw bad($"has fraction '{number}'");
    }
}
