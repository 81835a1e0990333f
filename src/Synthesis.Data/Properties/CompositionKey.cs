using System.Globalization;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Data.Properties;

/// <summary>
/// A composition's identity whatever its scale or element order: elements in ordinal order with their fractions to
/// four decimals ("Fe2O3", "FeO1.5" and "O3Fe2" share "Fe:0.4000 O:0.6000").
/// </summary>
public static class CompositionKey
{
    public static string Of(Composition composition) => string.Join(' ', composition.Normalised()
        .OrderBy(e => e.Key, StringComparer.Ordinal)
        .Select(e => e.Key + ":" + e.Value.ToString("F4", CultureInfo.InvariantCulture)));
}
