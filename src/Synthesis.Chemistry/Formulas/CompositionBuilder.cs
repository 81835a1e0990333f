namespace Synthesis.Chemistry.Formulas;

/// <summary>Accumulates element amounts in first-seen order (the order a chemist wrote them).</summary>
public sealed class CompositionBuilder
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, double> _amounts = [];

    public bool IsEmpty => _order.Count == 0;

    public CompositionBuilder Add(string element, double amount)
    {
        if (!double.IsFinite(amount) || amount < 0)
            throw new ArgumentOutOfRangeException(nameof(amount), $"amount of {element} must be finite and non-negative, got {amount}");
        if (_amounts.TryGetValue(element, out var current)) _amounts[element] = current + amount;
        else
        {
            _order.Add(element);
            _amounts[element] = amount;
        }
        return this;
    }

    public CompositionBuilder Add(Composition composition, double weight = 1.0)
    {
        foreach (var (element, amount) in composition) Add(element, amount * weight);
        return this;
    }

    internal CompositionBuilder Add(CompositionBuilder other, double weight)
    {
        foreach (var element in other._order) Add(element, other._amounts[element] * weight);
        return this;
    }

    public Composition Build() => new(_order.Where(e => _amounts[e] > 0).Select(e => KeyValuePair.Create(e, _amounts[e])));
}
