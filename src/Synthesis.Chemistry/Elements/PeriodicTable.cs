using System.Collections.Frozen;

namespace Synthesis.Chemistry.Elements;

/// <summary>The elements H–Lr (Z = 1–103), the range every element table in datasets/ covers.</summary>
public static class PeriodicTable
{
    public static readonly IReadOnlyList<string> Symbols =
    [
        "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar",
        "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br", "Kr",
        "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe",
        "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
        "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn",
        "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr",
    ];

    private static readonly FrozenDictionary<string, int> NumberBySymbol =
        Symbols.Select((s, i) => KeyValuePair.Create(s, i + 1)).ToFrozenDictionary();

    public static int Count => Symbols.Count;

    public static bool IsElement(string symbol) => NumberBySymbol.ContainsKey(symbol);

    /// <summary>Atomic number Z of a symbol; throws for anything that is not an element.</summary>
    public static int AtomicNumber(string symbol) =>
        NumberBySymbol.TryGetValue(symbol, out var z) ? z : throw new ArgumentException($"unknown element '{symbol}'", nameof(symbol));

    public static string Symbol(int atomicNumber) =>
        atomicNumber is >= 1 and <= 103 ? Symbols[atomicNumber - 1]
            : throw new ArgumentOutOfRangeException(nameof(atomicNumber), $"no element with Z = {atomicNumber}");
}
