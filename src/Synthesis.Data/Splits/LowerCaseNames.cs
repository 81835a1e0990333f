namespace Synthesis.Data.Splits;

/// <summary>
/// The one way a kind (an enum) is spelt in options, folder names and model.json: its name in lower case. Parsing
/// accepts any case and throws <see cref="FormatException"/> naming the choices (and at most 64 characters of the input).
/// </summary>
public static class LowerCaseNames<TKind> where TKind : struct, Enum
{
    public static readonly IReadOnlyList<string> Names = Enum.GetValues<TKind>().Select(Name).ToArray();

    public static string Name(TKind kind) => kind.ToString().ToLowerInvariant();

    /// <param name="what">what the kind is, for the error ("split kind")</param>
    public static TKind Parse(string text, string what)
    {
        var name = text.Trim().ToLowerInvariant();
        foreach (var kind in Enum.GetValues<TKind>())
            if (Name(kind) == name) return kind;
        throw new FormatException($"{what} must be one of {string.Join(", ", Names)}; got '{(text.Length > 64 ? text[..64] + "…" : text)}'");
    }
}
