namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// What Wren reads from a protostructure label: one <see cref="WrenNode"/> per occupied Wyckoff set (a "2b" gives
/// two nodes on b), in the label's order — elements alphabetically, each element's letters in order. The graph is
/// dense: every node passes messages to every other (Goodall et al., Sci. Adv. 8, eabn4117, 2022).
/// </summary>
public static class WrenGraph
{
    /// <summary>The nodes of <paramref name="label"/>; their weights sum to 1.</summary>
    public static IReadOnlyList<WrenNode> Nodes(ProtostructureLabel label, WyckoffTables tables)
    {
        var sets = label.Elements
            .SelectMany((element, i) => label.WyckoffSets[i].SelectMany(s => Enumerable.Repeat((Element: element, s.Letter), s.Count)))
            .ToArray();
        double total = sets.Sum(s => tables.Multiplicity(label.SpaceGroup, s.Letter));
        return sets.Select(s => new WrenNode(s.Element, s.Letter, tables.EmbeddingMemory(label.SpaceGroup, s.Letter),
            tables.Multiplicity(label.SpaceGroup, s.Letter) / total)).ToArray();
    }

    /// <summary>The nodes of every equivalent labelling of <paramref name="label"/>, itself first: the augmented inputs.</summary>
    public static IReadOnlyList<IReadOnlyList<WrenNode>> AugmentedNodes(ProtostructureLabel label, WyckoffTables tables) =>
        WyckoffRelabelings.Equivalents(label, tables).Select(l => Nodes(l, tables)).ToArray();
}
