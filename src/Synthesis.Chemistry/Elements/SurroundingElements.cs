namespace Synthesis.Chemistry.Elements;

/// <summary>
/// O, H, C and N: the elements a solid-state reaction may take from or give to its surroundings (air, water, a fuel,
/// carbonate and nitrate anions that leave as gas), so that no precursor need bring them and a product may lack them.
/// The one list the curation rules and the candidates' cation sets share.
/// </summary>
public static class SurroundingElements
{
    private static readonly HashSet<string> Symbols = ["O", "H", "C", "N"];

    public static bool Contains(string element) => Symbols.Contains(element);
}
