using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Evaluation;
using static Synthesis.Models.Tests.Candidates.LiteratureFixtures;

namespace Synthesis.Models.Tests.Candidates;

public sealed class CandidateScorerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-scorer-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>
    /// A literature where a reaction's recorded product is what most papers with the same precursors report: the scorer
    /// must learn to put the literature's majority first, with a probability that sums with the rest to at most 1.
    /// </summary>
    [Fact]
    public void LearnsToTrustTheLiteraturesMajorityAndRanksItFirst()
    {
        var (literature, queries) = Majorities();
        var generator = new CandidateGenerator(literature, new CandidateOptions());
        var examples = queries.Select(q =>
        {
            var set = generator.Generate(q.Precursors, Model(q.ModelGuess), q.Id, q.Doi);
            return (set, CandidateRanker.Right(set.Candidates, Composition.Parse(q.Truth)));
        }).ToArray();
        var scorer = CandidateScorer.Train(examples);
        var ranker = new CandidateRanker(generator, scorer);
        foreach (var q in queries)
        {
            var ranked = ranker.Rank(q.Precursors, Model(q.ModelGuess), q.Id, q.Doi);
            Assert.Equal(Composition.Parse(q.Truth).Normalised().ToFormula(), ranked.Candidates[0].Fractions.ToFormula());
            Assert.InRange(ranked.Probabilities.Sum(), 0, 1 + 1e-9);
            Assert.True(ranked.Probabilities[0] > 0.5, $"{q.Truth}: {ranked.Probabilities[0]}");
        }
    }

    [Fact]
    public void SavesAndLoadsBesideAModel()
    {
        var (literature, queries) = Majorities();
        var generator = new CandidateGenerator(literature, new CandidateOptions());
        var set = generator.Generate(queries[0].Precursors, Model(queries[0].ModelGuess));
        var scorer = CandidateScorer.Train([(set, CandidateRanker.Right(set.Candidates, Composition.Parse(queries[0].Truth)))], iterations: 20);
        scorer.Save(Path.Combine(_directory, CandidateScorer.FileName));
        var loaded = CandidateScorer.Load(_directory)!;
        Assert.Equal(scorer.Probabilities(set), loaded.Probabilities(set));
        Assert.Null(CandidateScorer.Load(Path.Combine(_directory, "elsewhere")));

        File.WriteAllText(Path.Combine(_directory, CandidateScorer.FileName), File.ReadAllText(Path.Combine(_directory, CandidateScorer.FileName))
            .Replace("\"literature.best_jaccard\"", "\"renamed\""));
        Assert.Contains("other candidate features", Assert.Throws<InvalidDataException>(() => CandidateScorer.Load(_directory)).Message);
    }

    [Fact]
    public void NearDuplicatesMergeIntoTheMoreProbableWithTheirProbability()
    {
        var literature = new Literature(
        [
            Record("a", "10.1/a", "BaTiO3", "BaCO3", "TiO2"), Record("b", "10.1/b", "BaTiO3", "BaCO3", "TiO2"),
            Record("c", "10.1/c", "Ba0.99TiO3", "BaCO3", "TiO2"), Record("d", "10.1/d", "Ba2TiO4", "BaCO3", "TiO2"),
        ]);
        var generator = new CandidateGenerator(literature, new CandidateOptions { FromModel = false, FromChargeBalance = false, FromAnalogues = false });
        var set = generator.Generate(Precursors("BaCO3", "TiO2"), Model("BaTiO3"));
        Assert.Equal(3, set.Candidates.Count);
        var scorer = CandidateScorer.Train([(set, CandidateRanker.Right(set.Candidates, Composition.Parse("BaTiO3")))], iterations: 20);
        var raw = scorer.Probabilities(set);
        var ranked = new CandidateRanker(generator, scorer).Rank(Precursors("BaCO3", "TiO2"), Model("BaTiO3"));

        // Two answers remain; the titanate holds the probability of both of its spellings (within L1 0.05 of each other).
        Assert.Equal(2, ranked.Candidates.Count);
        // BaTiO3 and Ba0.99TiO3 have Ti shares near 0.2; Ba2TiO4's is 1/7.
        var nearBaTiO3 = set.Candidates.Select((c, i) => (c, i)).Where(t => t.c.Fractions["Ti"] > 0.19).Sum(t => raw[t.i]);
        Assert.Equal(nearBaTiO3, ranked.Probabilities[ranked.Candidates[0].Fractions["Ti"] > 0.19 ? 0 : 1], 12);
        Assert.Equal(raw.Sum(), ranked.Probabilities.Sum(), 12);
    }

    [Fact]
    public void AreaUnderRocAndCalibrationHaveTheirTextbookValues()
    {
        Assert.Equal(1.0, CandidateMetrics.AreaUnderRoc([0.9, 0.8, 0.2, 0.1], [true, true, false, false]), 12);
        Assert.Equal(0.0, CandidateMetrics.AreaUnderRoc([0.9, 0.8, 0.2, 0.1], [false, false, true, true]), 12);
        Assert.Equal(0.5, CandidateMetrics.AreaUnderRoc([0.5, 0.5, 0.5, 0.5], [true, false, true, false]), 12);
        Assert.Equal(0.75, CandidateMetrics.AreaUnderRoc([0.9, 0.3, 0.5, 0.1], [true, true, false, false]), 12);

        var truth = Composition.Parse("BaTiO3");
        var wrong = Composition.Parse("Ba2TiO4");
        // Four answers at probability 0.75, three right: perfectly calibrated (ECE 0); top-3 finds the fourth.
        var metrics = CandidateMetrics.Compute(
        [
            (truth, [truth], 0.75), (truth, [truth], 0.75), (truth, [truth], 0.75), (truth, [wrong, wrong, truth], 0.75),
        ]);
        Assert.Equal(0.75, metrics.ExactWithin005, 12);
        Assert.Equal(1.0, metrics.Top3, 12);
        Assert.Equal(0.0, metrics.ExpectedCalibrationError, 12);
    }

    private sealed record Query(string Id, string Doi, Composition[] Precursors, string Truth, string ModelGuess);

    private static (Literature, Query[]) Majorities()
    {
        var systems = new[] { ("BaCO3", "TiO2", "BaTiO3", "Ba2TiO4", "Ba3Ti4O11"), ("SrCO3", "TiO2", "SrTiO3", "Sr2TiO4", "Sr3Ti4O11"), ("Li2CO3", "Fe2O3", "LiFeO2", "LiFe5O8", "Li2Fe3O6"), ("ZnO", "Al2O3", "ZnAl2O4", "Zn2Al2O5", "Al2Zn3O5") };
        var records = new List<LiteratureRecord>();
        var queries = new List<Query>();
        foreach (var (a, b, major, minor, guess) in systems)
        {
            for (var k = 0; k < 6; k++) records.Add(Record($"{major}-{k}", $"10.1/{major}-{k}", major, a, b));
            records.Add(Record($"{minor}-0", $"10.1/{minor}-0", minor, a, b));
            for (var k = 0; k < 3; k++) queries.Add(new Query($"{major}-{k}", $"10.1/{major}-{k}", Precursors(a, b), major, guess));
        }
        return (new Literature(records), queries.ToArray());
    }
}
