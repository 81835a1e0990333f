using System.Collections;
using System.Globalization;
using System.Text;
using Synthesis.Chemistry.Elements;

namespace Synthesis.Chemistry.Formulas;

/// <summary>An immutable element → amount map that keeps the order the elements were written in.</summary>
public sealed class Composition : IReadOnlyCollection<KeyValuePair<string, double>>, IEquatable<Composition>
{
    private const double IntegerTolerance = 1e-6;
    private readonly KeyValuePair<string, double>[] _entries;

    internal Composition(IEnumerable<KeyValuePair<string, double>> entries) : this(entries.ToArray())
    {
    }

    private Composition(KeyValuePair<string, double>[] entries)
    {
        _entries = entries;
        if (_entries.Length == 0) throw new ArgumentException("a composition needs at least one element");
    }

    public static Composition Parse(string formula) => FormulaParser.Parse(formula);

    public static Composition From(IEnumerable<KeyValuePair<string, double>> amounts)
    {
        var builder = new CompositionBuilder();
        foreach (var (element, amount) in amounts)
        {
            if (!PeriodicTable.IsElement(element)) throw new ArgumentException($"unknown element '{element}'");
            builder.Add(element, amount);
        }
        return builder.Build();
    }

    public int Count => _entries.Length;
    public IEnumerable<string> Elements => _entries.Select(e => e.Key);
    /// <summary>The amounts summed in the order written (the distances and keys rely on this order to the last bit).</summary>
    public double Total
    {
        get
        {
            var total = 0.0;
            foreach (var entry in _entries) total += entry.Value;
            return total;
        }
    }

    /// <summary>The amount of an element, 0 when absent.</summary>
    public double this[string element]
    {
        get
        {
            foreach (var entry in _entries)
                if (entry.Key == element) return entry.Value;
            return 0;
        }
    }

    public bool Contains(string element)
    {
        foreach (var entry in _entries)
            if (entry.Key == element) return true;
        return false;
    }

    /// <summary>Amounts divided by their total: the fractions every model and distance works with.</summary>
    public Composition Normalised()
    {
        var total = Total;
        var fractions = new KeyValuePair<string, double>[_entries.Length];
        for (var i = 0; i < fractions.Length; i++) fractions[i] = KeyValuePair.Create(_entries[i].Key, _entries[i].Value / total);
        return new Composition(fractions);
    }

    /// <summary>The same amounts with one element called another: BaTiO3 with Ba → Sr is SrTiO3.</summary>
    public Composition Renamed(string from, string to) => From(_entries.Select(e => KeyValuePair.Create(e.Key == from ? to : e.Key, e.Value)));

    /// <summary>The same composition with elements in order of rising Pauling electronegativity, cations first.</summary>
    public Composition OrderedByElectronegativity() =>
        new(_entries.OrderBy(e => ElementTable.Default.Electronegativity(e.Key)).ThenBy(e => PeriodicTable.AtomicNumber(e.Key)));

    /// <summary>Elements written last in a conventional formula: the anion formers.</summary>
    private static readonly HashSet<string> AnionFormers = ["N", "O", "F", "S", "Cl", "Se", "Br", "Te", "I"];

    /// <summary>
    /// The same composition in the order a chemist writes it: cations by rising electronegativity, then the anion
    /// formers (N, O, F, S, Cl, Se, Br, Te, I) by rising electronegativity ("BaTiO3", "LiFePO4", not "V2O8Ba3").
    /// A <paramref name="preferred"/> order (how the literature writes this chemical system, "YBa2Cu3O7", "PbZr0.52Ti0.48O3")
    /// wins when it names exactly these elements and already writes every anion former after every cation.
    /// </summary>
    public Composition InConventionalOrder(IReadOnlyList<string>? preferred = null)
    {
        if (preferred is not null && preferred.Count == Count && preferred.All(Contains) && WritesAnionsLast(preferred))
            return new(preferred.Select(e => KeyValuePair.Create(e, this[e])));
        return new(_entries.OrderBy(e => AnionFormers.Contains(e.Key))
            .ThenBy(e => ElementTable.Default.Electronegativity(e.Key)).ThenBy(e => PeriodicTable.AtomicNumber(e.Key)));
    }

    /// <summary>Whether an element order writes every anion former after every cation (an order <see cref="InConventionalOrder"/> may keep).</summary>
    public static bool WritesAnionsLast(IReadOnlyList<string> order)
    {
        var firstAnion = order.ToList().FindIndex(AnionFormers.Contains);
        return firstAnion < 0 || order.Skip(firstAnion).All(AnionFormers.Contains);
    }

    /// <summary>
    /// The formula as written, reduced: integer amounts are divided by their common divisor ("Na2Ni2O4" → "NaNiO2");
    /// non-integer amounts are kept ("La0.6Sr0.4MnO3").
    /// </summary>
    public string ToFormula()
    {
        var amounts = _entries.Select(e => e.Value).ToArray();
        if (amounts.All(IsWholeAmount))
        {
            var divisor = amounts.Select(a => (long)Math.Round(a)).Aggregate(Gcd);
            return Format(_entries.Select(e => KeyValuePair.Create(e.Key, Math.Round(e.Value) / divisor)));
        }
        return Format(_entries);
    }

    /// <summary>
    /// A readable formula for measured or predicted fractions. Doped compounds keep their shared site
    /// ("La0.6Sr0.4MnO3", "LiNi0.8Co0.2O2": the most abundant element other than O scaled to 1, two or more
    /// fractional amounts that add up to a whole site, everything else whole); otherwise the smallest integer
    /// formula within <paramref name="tolerance"/> of the fractions (multipliers up to 12); otherwise the site form.
    /// </summary>
    public string ToReadableFormula(double tolerance = 0.01)
    {
        var fractions = Normalised()._entries;
        var host = fractions.Where(e => e.Key != "O").DefaultIfEmpty(fractions[0]).Max(e => e.Value);
        var site = fractions.Select(e => KeyValuePair.Create(e.Key, Math.Round(e.Value / host, 2))).Where(e => e.Value > 0).ToArray();
        var fractional = site.Where(e => !IsNearInteger(e.Value, 0.02)).ToArray();
        if (fractional.Length >= 2 && fractional.All(e => e.Key != "O") && IsNearInteger(fractional.Sum(e => e.Value), 0.02))
            return Format(site);

        var smallest = fractions.Min(e => e.Value);
        for (var k = 1; k <= 12; k++)
        {
            var integers = fractions.Select(e => Math.Max(1.0, Math.Round(e.Value * k / smallest))).ToArray();
            var sum = integers.Sum();
            if (fractions.Select((e, i) => Math.Abs(e.Value - integers[i] / sum)).Max() <= tolerance)
                return new Composition(fractions.Select((e, i) => KeyValuePair.Create(e.Key, integers[i]))).ToFormula();
        }
        return Format(site);
    }

    private static bool IsNearInteger(double value, double tolerance) => Math.Abs(value - Math.Round(value)) <= tolerance;

    public override string ToString() => ToFormula();

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, double>>)_entries).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Equal when the normalised fractions agree to 1e-9, whatever the order or scale.</summary>
    public bool Equals(Composition? other)
    {
        if (other is null || other.Count != Count) return false;
        var (a, b) = (Normalised(), other.Normalised());
        return a._entries.All(e => b.Contains(e.Key) && Math.Abs(b[e.Key] - e.Value) < 1e-9);
    }

    public override bool Equals(object? obj) => Equals(obj as Composition);

    public override int GetHashCode() =>
        _entries.Select(e => e.Key).Order(StringComparer.Ordinal).Aggregate(0, HashCode.Combine);

    /// <summary>Whether an amount is written as a whole number of atoms (1 or more, within 1e-6).</summary>
    public static bool IsWholeAmount(double amount) => Math.Abs(amount - Math.Round(amount)) < IntegerTolerance && Math.Round(amount) >= 1;

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    private static string Format(IEnumerable<KeyValuePair<string, double>> entries)
    {
        var text = new StringBuilder();
        foreach (var (element, amount) in entries)
        {
            text.Append(element);
            if (Math.Abs(amount - 1) > IntegerTolerance) text.Append(FormatAmount(amount));
        }
        return text.ToString();
    }

    private static string FormatAmount(double amount) =>
        IsWholeAmount(amount) ? Math.Round(amount).ToString(CultureInfo.InvariantCulture)
            : Math.Round(amount, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
