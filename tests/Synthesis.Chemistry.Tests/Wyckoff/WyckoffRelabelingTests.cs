using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Chemistry.Tests.Wyckoff;

public class WyckoffRelabelingTests
{
    private static readonly WyckoffTables Tables = WyckoffTables.Default;

    [Fact]
    public void EquivalentLabelsAreValidLabelsOfTheSameStructureStartingWithItself()
    {
        foreach (var text in RepositoryFiles.WrenExampleLabels())
        {
            var label = ProtostructureLabel.Parse(text);
            var equivalents = WyckoffRelabelings.Equivalents(label, Tables);
            Assert.Equal(label, equivalents[0]);
            Assert.Equal(equivalents.Count, equivalents.Distinct().Count());
            foreach (var other in equivalents)
            {
                var reread = ProtostructureLabel.Parse(other.ToString());
                Assert.Equal(other, reread);
                Assert.Equal((label.Prototype, label.Pearson, label.SpaceGroup, label.ChemicalSystem),
                    (reread.Prototype, reread.Pearson, reread.SpaceGroup, reread.ChemicalSystem));
                Assert.Equal(WrenGraph.Nodes(label, Tables).Select(n => (n.Element, n.Weight)).Order(),
                    WrenGraph.Nodes(reread, Tables).Select(n => (n.Element, n.Weight)).Order());
            }
        }
    }

    [Fact]
    public void RockSaltHasTwoLabellings()
    {
        // Fm-3m: shifting the origin by (½, ½, ½) swaps 4a and 4b.
        var equivalents = WyckoffRelabelings.Equivalents(ProtostructureLabel.Parse("AB_cF8_225_a_b:Cl-Na"), Tables);
        Assert.Equal(["AB_cF8_225_a_b:Cl-Na", "AB_cF8_225_b_a:Cl-Na"], equivalents.Select(l => l.ToString()).Order());
    }

    [Fact]
    public void AGroupWithOneLabellingGivesOnlyTheLabel() =>
        Assert.Single(WyckoffRelabelings.Equivalents(ProtostructureLabel.Parse("AB6C3_hR30_160_a_2b_b:Hf-N-Zn"), Tables));

    [Fact]
    public void EveryWrenExampleIsAlreadyCanonicalAndEveryEquivalentLeadsBackToIt()
    {
        foreach (var text in RepositoryFiles.WrenExampleLabels())
        {
            var label = ProtostructureLabel.Parse(text);
            Assert.Equal(text, WyckoffRelabelings.Canonical(label, Tables).ToString());
            foreach (var other in WyckoffRelabelings.Equivalents(label, Tables))
                Assert.Equal(text, WyckoffRelabelings.Canonical(other, Tables).ToString());
        }
    }

    [Fact]
    public void AugmentedNodesHaveOneGraphPerEquivalentLabel()
    {
        var label = ProtostructureLabel.Parse("AB_cF8_225_a_b:Cl-Na");
        var graphs = WrenGraph.AugmentedNodes(label, Tables);
        Assert.Equal(2, graphs.Count);
        Assert.Equal("ab", string.Concat(graphs[0].Select(n => n.Letter)));
        Assert.Equal("ba", string.Concat(graphs[1].Select(n => n.Letter)));
    }
}
