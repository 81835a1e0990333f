namespace Synthesis.Server.Search;

/// <summary>
/// Splits text into lower-cased search terms: formulas of an equation ("2 Li2CO3 + Co3O4 == ..." → li2co3, co3o4, ...),
/// a DOI, a typed query. Coefficients and operators are dropped (a term needs a letter).
/// </summary>
public static class SearchTerms
{
    private static readonly char[] Separators = [' ', '\t', '+', '=', ',', ';', '→'];

    public static IEnumerable<string> Of(string text) =>
        text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries).Where(t => t.Any(char.IsLetter));
}
