using Synthesis.Data.Import;

namespace Synthesis.Data.Cleaning;

/// <summary>Synthesis conditions in one unit each: temperatures in °C, times in hours; values outside what a furnace can do reject the record.</summary>
public static class ConditionUnits
{
    public const double MaxTemperatureC = 4000;
    public const double MaxTimeH = 10_000;

    public static IEnumerable<double> TemperaturesC(SourceRange range, string where) =>
        Values(range).Select(v => Checked(ToCelsius(v, range.Units, where), -273.15, MaxTemperatureC, "°C", where));

    public static IEnumerable<double> TimesH(SourceRange range, string where) =>
        Values(range).Select(v => Checked(ToHours(v, range.Units, where), 0, MaxTimeH, "h", where));

    private static double ToCelsius(double value, string? units, string where) => units?.Trim().TrimStart('°').ToUpperInvariant() switch
    {
        null or "" or "C" or "DEGC" or "CELSIUS" => value,
        "K" or "KELVIN" => value - 273.15,
        "F" or "FAHRENHEIT" => (value - 32) * 5 / 9,
        _ => throw new RecordRejectedException(DropReasons.AbsurdValue, $"unknown temperature unit '{units}' {where}"),
    };

    private static double ToHours(double value, string? units, string where) => units?.Trim().ToLowerInvariant() switch
    {
        null or "" or "h" or "hr" or "hrs" or "hour" or "hours" => value,
        "min" or "mins" or "minute" or "minutes" => value / 60,
        "s" or "sec" or "secs" or "second" or "seconds" => value / 3600,
        "d" or "day" or "days" => value * 24,
        "week" or "weeks" => value * 168,
        _ => throw new RecordRejectedException(DropReasons.AbsurdValue, $"unknown time unit '{units}' {where}"),
    };

    /// <summary>The listed values, or the range's ends when none are listed.</summary>
    private static IEnumerable<double> Values(SourceRange range) =>
        range.Values is { Count: > 0 } values ? values : new[] { range.Min, range.Max }.OfType<double>().Distinct();

    private static double Checked(double value, double min, double max, string unit, string where) =>
        double.IsFinite(value) && value >= min && value <= max ? value
            : throw new RecordRejectedException(DropReasons.AbsurdValue, $"{value:0.##} {unit} {where} is outside {min}–{max} {unit}");
}
