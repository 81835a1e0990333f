using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Synthesis.Chemistry.Elements;

/// <summary>
/// Per-element data shipped in datasets/elements: Magpie property tables, matscholar200 embeddings and the
/// modified Pettifor scale. Loaded once from the assembly's resources; immutable afterwards.
/// </summary>
/// <remarks>
/// A Magpie property value that the table marks "Missing" (e.g. the electronegativity of noble gases,
/// the melting point of He) is replaced by the mean of that property over the elements H–Lr that have one,
/// so every composition gets finite features.
/// </remarks>
public sealed class ElementTable
{
    private static readonly Lazy<ElementTable> Shared = new(Load);
    private readonly FrozenDictionary<string, double[]> _properties;
    private readonly FrozenDictionary<string, int[]> _oxidationStates;
    private readonly FrozenDictionary<string, float[]> _matscholar;
    private readonly FrozenDictionary<string, int> _pettifor;
    private readonly double[] _paulingElectronegativity;

    private ElementTable(FrozenDictionary<string, double[]> properties, FrozenDictionary<string, int[]> oxidationStates,
        FrozenDictionary<string, float[]> matscholar, FrozenDictionary<string, int> pettifor, double[] paulingElectronegativity)
    {
        _properties = properties;
        _oxidationStates = oxidationStates;
        _matscholar = matscholar;
        _pettifor = pettifor;
        _paulingElectronegativity = paulingElectronegativity;
    }

    public static ElementTable Default => Shared.Value;

    public const int MatscholarDimension = 200;

    /// <summary>Magpie property of an element, missing values filled as described above.</summary>
    public double Property(string property, string element) => PropertyColumn(property)[PeriodicTable.AtomicNumber(element) - 1];

    public double[] PropertyColumn(string property) =>
        _properties.TryGetValue(property, out var column) ? column : throw new ArgumentException($"no Magpie table '{property}'", nameof(property));

    /// <summary>Pauling electronegativity with missing values as NaN (noble gases), for ordering and ionic character.</summary>
    public double Electronegativity(string element)
    {
        var value = _paulingElectronegativity[PeriodicTable.AtomicNumber(element) - 1];
        return double.IsNaN(value) ? double.PositiveInfinity : value;
    }

    public double RawElectronegativity(string element) => _paulingElectronegativity[PeriodicTable.AtomicNumber(element) - 1];

    public IReadOnlyList<int> OxidationStates(string element) => _oxidationStates[element];

    public ReadOnlySpan<float> Matscholar(string element) =>
        _matscholar.TryGetValue(element, out var vector) ? vector : throw new ArgumentException($"no matscholar embedding for '{element}'");

    /// <summary>Position 0–102 on the modified Pettifor scale (Glawe et al. 2016).</summary>
    public int PettiforPosition(string element) =>
        _pettifor.TryGetValue(element, out var position) ? position : throw new ArgumentException($"no Pettifor position for '{element}'");

    private static ElementTable Load()
    {
        var names = typeof(ElementTable).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("elements/magpie/", StringComparison.Ordinal) && n.EndsWith(".table", StringComparison.Ordinal))
            .Select(n => n["elements/magpie/".Length..^".table".Length])
            .Where(n => n != "OxidationStates" && n != "IonizationEnergies");
        var properties = new Dictionary<string, double[]>();
        foreach (var name in names)
        {
            var raw = ReadTable(name);
            var known = raw.Where(v => !double.IsNaN(v)).ToArray();
            if (known.Length == 0) continue;
            var mean = known.Average();
            properties[name] = raw.Select(v => double.IsNaN(v) ? mean : v).ToArray();
        }
        var oxidation = ReadLines("elements/magpie/OxidationStates.table").Take(PeriodicTable.Count)
            .Select((line, i) => KeyValuePair.Create(PeriodicTable.Symbol(i + 1),
                line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray()))
            .ToFrozenDictionary();
        using var json = JsonDocument.Parse(Resource("elements/matscholar200.json"));
        var matscholar = json.RootElement.EnumerateObject()
            .ToFrozenDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetSingle()).ToArray());
        var pettifor = ReadLines("elements/modified-pettifor.csv").Skip(1).Select(l => l.Split(','))
            .ToFrozenDictionary(f => f[0].Trim(), f => int.Parse(f[1], CultureInfo.InvariantCulture));
        return new ElementTable(properties.ToFrozenDictionary(), oxidation, matscholar, pettifor, ReadTable("Electronegativity"));
    }

    private static double[] ReadTable(string name) =>
        ReadLines($"elements/magpie/{name}.table").Take(PeriodicTable.Count)
            .Select(line => double.TryParse(line.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN)
            .ToArray();

    private static IEnumerable<string> ReadLines(string resource)
    {
        using var reader = new StreamReader(Resource(resource));
        while (reader.ReadLine() is { } line) yield return line.TrimEnd('\r');
    }

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"element data '{name}' is missing from the build");
}
