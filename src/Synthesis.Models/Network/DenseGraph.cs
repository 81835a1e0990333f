namespace Synthesis.Models.Network;

/// <summary>Edges of a dense graph as the message-passing layers read them.</summary>
public static class DenseGraph
{
    /// <summary>
    /// Appends an edge from every node to every node (itself included) of a graph whose <paramref name="nodes"/> nodes
    /// start at <paramref name="offset"/> in the batch, grouped by target as <see cref="MessagePassingLayer"/> needs.
    /// </summary>
    public static void Connect(List<long> sources, List<long> targets, long offset, int nodes)
    {
        for (var i = 0; i < nodes; i++)
            for (var j = 0; j < nodes; j++)
            {
                sources.Add(offset + j);
                targets.Add(offset + i);
            }
    }
}
