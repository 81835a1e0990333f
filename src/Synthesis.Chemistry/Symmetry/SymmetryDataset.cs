namespace Synthesis.Chemistry.Symmetry;

/// <summary>
/// What spglib finds in a crystal structure, the part labels need.
/// </summary>
/// <param name="SpaceGroup">International Tables number, 1–230.</param>
/// <param name="InternationalSymbol">Short Hermann–Mauguin symbol, "Fm-3m".</param>
/// <param name="WyckoffLetters">The Wyckoff letter of each input atom, in the standard setting (a–z, then A).</param>
/// <param name="EquivalentAtoms">For each input atom, the index of the first atom of its orbit: atoms with the same value are one Wyckoff set.</param>
/// <param name="StandardCellAtoms">Atoms in spglib's standardised conventional cell (hexagonal axes for R groups): the Pearson count.</param>
public sealed record SymmetryDataset(int SpaceGroup, string InternationalSymbol, IReadOnlyList<char> WyckoffLetters,
    IReadOnlyList<int> EquivalentAtoms, int StandardCellAtoms);
