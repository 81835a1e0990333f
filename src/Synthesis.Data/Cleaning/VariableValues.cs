using Synthesis.Data.Import;

namespace Synthesis.Data.Cleaning;

/// <summary>
/// The value each amount variable of a record takes: the midpoint of its range (the smallest and largest of its
/// listed values, min_value and max_value), or its single value. The target's variables take precedence over
/// a precursor's of the same name. The oxygen deficiency ("del_O", "δ") is 0 unless given: the nominal stoichiometry.
/// </summary>
public sealed class VariableValues
{
    private static readonly string[] OxygenDeficiency = ["del_O", "δ"];
    private readonly Dictionary<string, double> _values = [];

    public VariableValues(IEnumerable<SourceMaterial> materials)
    {
        foreach (var material in materials)
            foreach (var (name, range) in material.AmountVariables ?? [])
                if (!_values.ContainsKey(name) && Midpoint(range) is { } value)
                    _values[name] = value;
        foreach (var name in OxygenDeficiency) _values.TryAdd(name, 0);
    }

    public double? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public double Evaluate(string amount, string where)
    {
        try
        {
            var value = AmountExpression.Evaluate(amount, name => this[name]);
            if (!double.IsFinite(value)) throw new RecordRejectedException(DropReasons.UnresolvedAmount, $"amount '{amount}' {where} is not a finite number");
            if (value <= 0) throw new RecordRejectedException(DropReasons.NonPositiveAmount, $"amount '{amount}' {where} resolves to {value:0.####}");
            return value;
        }
        catch (FormatException e)
        {
            throw new RecordRejectedException(DropReasons.UnresolvedAmount, $"{e.Message} ({where})");
        }
    }

    private static double? Midpoint(SourceRange? range)
    {
        if (range is null) return null;
        var known = (range.Values ?? []).Concat(new[] { range.Min, range.Max }.OfType<double>()).Where(double.IsFinite).ToList();
        return known.Count == 0 ? null : (known.Min() + known.Max()) / 2;
    }
}
