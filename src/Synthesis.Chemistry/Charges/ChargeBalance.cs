namespace Synthesis.Chemistry.Charges;

/// <summary>
/// Whether an oxide or halide can be charge neutral at all: its anions fixed (O −2; F, Cl, Br, I −1), each cation
/// anywhere between the lowest and highest state it takes in known solids (<see cref="CationStates"/>), mixed valence
/// allowed. A formula no choice of states balances is no compound as written: a lost subscript ("Na3Zr2Si2PO"),
/// fractions read as subscripts ("La58Ca38MnO3"), a batch or composite run together ("Li1.6Al1.6Ge0.8P1.6O46.6").
/// </summary>
/// <remarks>
/// Only oxides, halides and their mixtures are judged. A formula with N, S, Se or Te is left alone (null): those
/// anions take several charges, and many such compounds are metallic (Ti2AlN, CoSb3 skutterudites doped with Te), as
/// are the intermetallics without any anion. So is one with an element <see cref="CationStates"/> does not know.
/// </remarks>
public static class ChargeBalance
{
    /// <summary>
    /// The share of the anions' charge by which the cations may miss them: nominal formulas of acceptor-doped oxides are
    /// written without their vacancies (La0.8Sr0.2Ga0.8Mg0.2O3 is 6.7 % short of neutral, Zn0.8Li0.2O 10 %).
    /// </summary>
    public const double Tolerance = 0.1;

    private static readonly Dictionary<string, int> AnionCharge = new() { ["O"] = 2, ["F"] = 1, ["Cl"] = 1, ["Br"] = 1, ["I"] = 1 };
    private static readonly HashSet<string> LeftAlone = ["N", "S", "Se", "Te"];

    /// <summary>The range of charge the cations can give and the charge of the anions; null where the formula is not judged.</summary>
    public static ChargeRange? Of(IEnumerable<KeyValuePair<string, double>> composition)
    {
        var (lowest, highest, anions) = (0.0, 0.0, 0.0);
        foreach (var (element, amount) in composition)
        {
            if (LeftAlone.Contains(element)) return null;
            if (AnionCharge.TryGetValue(element, out var charge)) anions += amount * charge;
            else if (CationStates.Of(element) is var (low, high))
            {
                lowest += amount * low;
                highest += amount * high;
            }
            else return null;
        }
        return anions > 0 ? new ChargeRange(lowest, highest, anions) : null;
    }
}

/// <summary>What a formula's cations can give (<paramref name="Lowest"/> to <paramref name="Highest"/>) against its anions' charge.</summary>
public readonly record struct ChargeRange(double Lowest, double Highest, double Anions)
{
    /// <summary>Whether some choice of cation states meets the anions within <see cref="ChargeBalance.Tolerance"/> of their charge.</summary>
    public bool Balances => Lowest <= Anions * (1 + ChargeBalance.Tolerance) + 1e-9 && Highest >= Anions * (1 - ChargeBalance.Tolerance) - 1e-9;
}
