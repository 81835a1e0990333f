using System.Text.RegularExpressions;

namespace Synthesis.Data.Curation;

/// <summary>The curator's words for reasons and review states on the command line and in reports: "confirmed-error", "element-not-in-precursors".</summary>
public static partial class CurationNames
{
    public static string Of<T>(T value) where T : struct, Enum => Kebab().Replace(value.ToString(), "-$1").ToLowerInvariant();

    /// <summary>The value named, or an <see cref="ArgumentException"/> naming the option and listing the names.</summary>
    public static T Parse<T>(string name, string option) where T : struct, Enum =>
        Enum.GetValues<T>().FirstOrDefault(v => Of(v) == name.Trim().ToLowerInvariant()) is var value && Of(value) == name.Trim().ToLowerInvariant()
            ? value
            : throw new ArgumentException($"{option}: unknown value '{Chemistry.InputLimits.Echo(name)}'; use one of: {string.Join(", ", Enum.GetValues<T>().Select(v => Of(v)))}");

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Kebab();
}
