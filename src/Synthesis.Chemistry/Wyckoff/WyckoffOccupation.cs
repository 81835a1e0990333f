namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// One element's use of one Wyckoff position: its letter and how many distinct orbits (Wyckoff sets) of that
/// position the element occupies ("2b" is two sets on b, written "b" when there is one).
/// </summary>
/// <remarks>
/// Letters run a–z and then 'A' (the 27th position, α, which only space group 47 Pmmm has), the order of the
/// International Tables; <see cref="Rank"/> gives that order, which is not the ASCII order.
/// </remarks>
public readonly record struct WyckoffOccupation(char Letter, int Count)
{
    /// <summary>Position of a Wyckoff letter in the International Tables' order: a = 0 … z = 25, A = 26; -1 for anything else.</summary>
    public static int Rank(char letter) => letter is >= 'a' and <= 'z' ? letter - 'a' : letter == 'A' ? 26 : -1;

    public override string ToString() => Count == 1 ? Letter.ToString() : $"{Count}{Letter}";
}
