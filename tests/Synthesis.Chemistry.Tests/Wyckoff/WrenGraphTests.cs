using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Chemistry.Tests.Wyckoff;

public class WrenGraphTests
{
    private static readonly WyckoffTables Tables = WyckoffTables.Default;

    [Fact]
    public void OneNodePerOccupiedWyckoffSetWeightedByMultiplicity()
    {
        // Hf on a (3 sites), N on two sets of b (9 each), Zn on b (9): 30 sites in the hexagonal cell.
        var nodes = WrenGraph.Nodes(ProtostructureLabel.Parse("AB6C3_hR30_160_a_2b_b:Hf-N-Zn"), Tables);
        Assert.Equal(["Hf", "N", "N", "Zn"], nodes.Select(n => n.Element));
        Assert.Equal("abbb", string.Concat(nodes.Select(n => n.Letter)));
        Assert.Equal([3 / 30.0, 9 / 30.0, 9 / 30.0, 9 / 30.0], nodes.Select(n => n.Weight));
        Assert.All(nodes, n => Assert.Equal(WyckoffTables.EmbeddingDimension, n.WyckoffEmbedding.Length));
        Assert.True(nodes[0].WyckoffEmbedding.Span.SequenceEqual(Tables.Embedding(160, 'a')));
        Assert.False(nodes[0].WyckoffEmbedding.Span.SequenceEqual(nodes[1].WyckoffEmbedding.Span));
    }

    [Fact]
    public void SiteFeaturesAreTheEmbeddingAndTheWeight()
    {
        var node = WrenGraph.Nodes(ProtostructureLabel.Parse("A_hP2_194_c:Zn"), Tables).Single();
        var features = node.SiteFeatures();
        Assert.Equal(WrenNode.SiteFeatureCount, features.Length);
        Assert.Equal(1f, features[^1]);
        Assert.True(features.AsSpan(0, WyckoffTables.EmbeddingDimension).SequenceEqual(Tables.Embedding(194, 'c')));
    }

    [Fact]
    public void NodeWeightsSumToOneForEveryWrenExample()
    {
        foreach (var text in RepositoryFiles.WrenExampleLabels())
        {
            var label = ProtostructureLabel.Parse(text);
            var nodes = WrenGraph.Nodes(label, Tables);
            Assert.Equal(label.WyckoffSetCount, nodes.Count);
            Assert.Equal(1.0, nodes.Sum(n => n.Weight), 12);
            Assert.All(nodes, n => Assert.InRange(n.Weight, 1e-6, 1.0));
        }
    }

    [Fact]
    public void TablesGiveMultiplicitiesFreeParametersAndLetters()
    {
        Assert.Equal(192, Tables.Multiplicity(225, 'l'));
        Assert.Equal(4, Tables.Multiplicity(225, 'a'));
        Assert.Equal(0, Tables.FreeParameters(225, 'a'));
        Assert.Equal(3, Tables.FreeParameters(1, 'a'));
        Assert.Equal(8, Tables.Multiplicity(47, 'A'));
        Assert.Equal("abcdefghijklmnopqrstuvwxyzA", string.Concat(Tables.Letters(47)));
        Assert.False(Tables.HasPosition(160, 'd'));
        Assert.False(Tables.HasPosition(0, 'a'));
        Assert.Throws<ArgumentException>(() => Tables.Multiplicity(160, 'd'));
    }
}
