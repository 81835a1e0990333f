using Synthesis.Chemistry.Formulas;
using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Data.Properties;

/// <summary>One property of a crystal structure, as Wren reads it: its protostructure label, its composition and the value.</summary>
public sealed record StructureRecord(string Id, ProtostructureLabel Label, Composition Composition, double Value)
{
    public static StructureRecord Of(string id, ProtostructureLabel label, double value) => new(id, label, CompositionOf(label), value);

    /// <summary>The conventional cell's content: each occupied Wyckoff set adds its multiplicity to its element.</summary>
    public static Composition CompositionOf(ProtostructureLabel label) =>
        Composition.From(WrenGraph.Nodes(label, WyckoffTables.Default)
            .GroupBy(n => n.Element)
            .Select(g => KeyValuePair.Create(g.Key, g.Sum(n => (double)WyckoffTables.Default.Multiplicity(label.SpaceGroup, n.Letter)))));

    /// <summary>The same row for a composition-only model (Roost) on the same data.</summary>
    public PropertyRecord AsComposition() => new(Id, Composition.ToFormula(), Composition, Value);
}
