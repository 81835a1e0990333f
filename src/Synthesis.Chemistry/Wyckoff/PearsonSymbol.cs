namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// A Pearson symbol as Aflow labels write it: crystal family (a triclinic, m monoclinic, o orthorhombic,
/// t tetragonal, h trigonal and hexagonal, c cubic), centring (P, C for any one-face centring, I, F, R) and the
/// number of atoms in the conventional cell (for R: the hexagonal cell, three times the rhombohedral one). "hR30".
/// </summary>
public readonly record struct PearsonSymbol(char Family, char Centring, int AtomsInCell)
{
    public const string Families = "amothc";
    public const string Centrings = "PCIFR";

    /// <summary>The crystal family letter of a space group 1–230 (International Tables numbering).</summary>
    public static char FamilyOf(int spaceGroup) => spaceGroup switch
    {
        <= 2 => 'a',
        <= 15 => 'm',
        <= 74 => 'o',
        <= 142 => 't',
        <= 194 => 'h',
        _ => 'c',
    };

    public override string ToString() => $"{Family}{Centring}{AtomsInCell}";
}
