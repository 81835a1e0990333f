using Synthesis.Chemistry.Elements;

namespace Synthesis.Server.Search;

/// <summary>A set of elements as one bit per atomic number (H–Lr fit in 128 bits), so element filters cost two ANDs a reaction.</summary>
public static class ElementMask
{
    public static UInt128 Of(IEnumerable<string> symbols) =>
        symbols.Aggregate(UInt128.Zero, (mask, symbol) => mask | UInt128.One << (PeriodicTable.AtomicNumber(symbol) - 1));
}
