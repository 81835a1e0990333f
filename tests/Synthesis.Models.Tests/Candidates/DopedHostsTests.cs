using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;
using static Synthesis.Models.Tests.Candidates.LiteratureFixtures;

namespace Synthesis.Models.Tests.Candidates;

public sealed class DopedHostsTests
{
    private static readonly Literature Literature = new(
    [
        Record("bto", "10.1/bto", "BaTiO3", "BaCO3", "TiO2"),
        Record("bto2", "10.2/bto", "BaTiO3", "BaCO3", "TiO2"),
        Record("b4t", "10.3/b4t", "BaTi4O9", "BaCO3", "TiO2"),
        Record("own", "10.4/own", "BaZrO3", "BaCO3", "ZrO2"),
        Record("yag", "10.5/yag", "Y3Al5O12", "Y2O3", "Al2O3"),
    ]);

    private static bool Same(Composition a, string formula) => a.Normalised().Equals(Composition.Parse(formula).Normalised());

    [Fact]
    public void TheDopantTakesTheSiteOfTheMostAlikeCationAtTheLowAndTheModerateLevel()
    {
        // Zr is nearer Ti than Ba on the Pettifor scale: BaTiO3 (5 atoms) doped at 1 and 4 atom % is BaTi0.95Zr0.05O3 and BaTi0.8Zr0.2O3.
        var doped = DopedHosts.Near(Literature, Composition.Parse("BaTi0.9Zr0.1O3"), new Dictionary<int, double>(), null, 12);
        var bto = Literature.FindProduct(Composition.Parse("BaTiO3"));
        Assert.Contains(doped, d => Same(d.Product, "BaTi0.95Zr0.05O3") && d.Host == bto && d.Dopant == "Zr" && d.Site == "Ti");
        Assert.Contains(doped, d => Same(d.Product, "BaTi0.8Zr0.2O3") && d.Host == bto);
        // Written per formula unit of the host, to two decimals, the dopant after its site.
        Assert.Contains(doped, d => d.Product.ToFormula() == "BaTi0.95Zr0.05O3");
        // Ce on Y's site in YAG (20 atoms: 0.2 and 0.8 Ce per formula unit).
        var yag = DopedHosts.Near(Literature, Composition.Parse("Y2.9Ce0.1Al5O12"), new Dictionary<int, double>(), null, 12);
        Assert.Contains(yag, d => Same(d.Product, "Y2.8Ce0.2Al5O12"));
        Assert.Contains(yag, d => Same(d.Product, "Y2.2Ce0.8Al5O12"));
    }

    [Fact]
    public void TheHostOfTheMostSimilarRecipeComesFirstAndTheCountBoundsTheList()
    {
        var b4t = Literature.FindProduct(Composition.Parse("BaTi4O9"));
        var bto = Literature.FindProduct(Composition.Parse("BaTiO3"));
        var byRecords = DopedHosts.Near(Literature, Composition.Parse("BaTi0.9Zr0.1O3"), new Dictionary<int, double>(), null, 1);
        Assert.Equal(bto, Assert.Single(byRecords).Host);
        var bySimilarity = DopedHosts.Near(Literature, Composition.Parse("BaTi0.9Zr0.1O3"), new Dictionary<int, double> { [b4t] = 0.5 }, null, 1);
        Assert.Equal(b4t, Assert.Single(bySimilarity).Host);
    }

    [Fact]
    public void AHostOnlyTheOwnPaperRecordsIsNotDoped()
    {
        // BaZrO3 is recorded by paper 10.4/own alone: for a reaction of that paper it is no host for Ti.
        var zirconate = Literature.FindProduct(Composition.Parse("BaZrO3"));
        Assert.Contains(DopedHosts.Near(Literature, Composition.Parse("BaTi0.1Zr0.9O3"), new Dictionary<int, double>(), null, 12), d => d.Host == zirconate);
        Assert.DoesNotContain(DopedHosts.Near(Literature, Composition.Parse("BaTi0.1Zr0.9O3"), new Dictionary<int, double>(), "10.4/own", 12), d => d.Host == zirconate);
    }

    [Fact]
    public void TheGeneratorOffersTheDopedHostWithItsFeaturesAndTheApiNamesTheHost()
    {
        var options = new CandidateOptions { FromModel = false, FromChargeBalance = false, FromAnalogues = false };
        var generator = new CandidateGenerator(Literature, options);
        var set = generator.Generate(Precursors("BaCO3", "TiO2", "ZrO2"), Model("BaTi0.9Zr0.1O3"));
        var doped = Assert.Single(set.Candidates, c => Same(c.Fractions, "BaTi0.95Zr0.05O3"));
        Assert.Contains(CandidateSources.Doped, doped.Sources);
        Assert.Equal(1.0, doped.Features[Array.IndexOf(CandidateFeatures.Candidate, "source.doped")]);
        Assert.Equal(0.01, doped.Features[Array.IndexOf(CandidateFeatures.Candidate, "doped.dopant_share")], 1e-9);
        Assert.Equal(Math.Log(3), doped.Features[Array.IndexOf(CandidateFeatures.Candidate, "doped.log_host_support")], 1e-9);

        var scorer = CandidateScorer.Train([(set, set.Candidates.Select(c => c == doped).ToArray())], iterations: 5);
        var ranker = new CandidateRanker(generator, scorer);
        var described = ranker.Describe(ranker.Rank(Precursors("BaCO3", "TiO2", "ZrO2"), Model("BaTi0.9Zr0.1O3")), 12);
        Assert.Contains(described, c => c.Formula == "BaTi0.95Zr0.05O3" && c.DopedHost == "BaTiO3" && c.Sources.Contains(CandidateSources.Doped));
        Assert.All(described.Where(c => !c.Sources.Contains(CandidateSources.Doped)), c => Assert.Equal("", c.DopedHost));

        var without = new CandidateGenerator(Literature, options with { FromDopedHosts = false }).Generate(Precursors("BaCO3", "TiO2", "ZrO2"), Model("BaTi0.9Zr0.1O3"));
        Assert.DoesNotContain(without.Candidates, c => c.Sources.Contains(CandidateSources.Doped));
    }
}
