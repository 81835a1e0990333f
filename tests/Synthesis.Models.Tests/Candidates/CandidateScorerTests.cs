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
        // The loaded scorer carries the stamp of the bytes it was read from, the one a version names; the file holds no stamp.
        Assert.Equal(CandidateScorer.Stamp(_directory), loaded.FileStamp);
        Assert.Matches("^-scorer[0-9a-f]{8}$", loaded.FileStamp);
        Assert.DoesNotContain("stamp", File.ReadAllText(Path.Combine(_directory, CandidateScorer.FileName)), StringComparison.OrdinalIgnoreCase);
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

    /// <summary>
    /// A chain: La0.85Sr0.15MnO3 is within L1 0.05 of both La0.95Sr0.05MnO3 and La0.75Sr0.25MnO3, which are 0.08 apart (0.04 from the middle). The
    /// most probable (the first) is not the answer most likely right: the middle one covers all three (0.30 + 0.25 + 0.25).
    /// Merging into the most probable answers with the first at 0.55; covering answers with the middle one at 0.80.
    /// </summary>
    [Fact]
    public void TheTopAnswerIsTheOneCoveringTheMostProbability()
    {
        Candidate C(string formula) => new(Composition.Parse(formula), Composition.Parse(formula), -1);
        var candidates = new[] { C("La0.95Sr0.05MnO3"), C("La0.85Sr0.15MnO3"), C("La0.75Sr0.25MnO3"), C("La2MnO4") };
        var probabilities = new[] { 0.30, 0.25, 0.25, 0.10 };
        int[] order = [0, 1, 2, 3];

        var (kept, mass) = CandidateAnswers.Covering(candidates, probabilities, order);
        Assert.Equal([1, 3], kept);
        Assert.Equal([0.80, 0.10], mass.ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);

        var (mostProbable, itsMass) = CandidateAnswers.MergedIntoMostProbable(candidates, probabilities, order);
        Assert.Equal([0, 2, 3], mostProbable);
        Assert.Equal([0.55, 0.25, 0.10], itsMass.ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    /// <summary>
    /// A rounding of the model's fractions (Sr4Ti4O13, 0.04 from SrTiO3) or an analogue (SrTi0.94O3, 0.02 from it) that
    /// would cover as much as the recorded compound, or a little more, does not answer while the compound is near it: the
    /// chemist reads SrTiO3, with their probability added. Among an analogue and a rounding, the analogue answers.
    /// </summary>
    [Fact]
    public void ARecordedCompoundAnswersBeforeAnAnalogueOrARoundingNearIt()
    {
        var analogue = new Candidate(Composition.Parse("SrTi0.94O3"), Composition.Parse("SrTi0.94O3"), -1);
        analogue.Swaps.Add((7, "Sr", "Ba"));
        var candidates = new[]
        {
            new Candidate(Composition.Parse("Sr4Ti4O13"), Composition.Parse("Sr4Ti4O13"), -1),
            analogue,
            new Candidate(Composition.Parse("SrTiO3"), Composition.Parse("SrTiO3"), 0) { Recorded = 12 },
            new Candidate(Composition.Parse("Sr2TiO4"), Composition.Parse("Sr2TiO4"), 1) { Recorded = 3 },
        };
        var (kept, mass) = CandidateAnswers.Covering(candidates, [0.30, 0.25, 0.20, 0.15], [0, 1, 2, 3]);
        Assert.Equal([2, 3], kept);
        Assert.Equal([0.75, 0.15], mass.ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);

        // Without the recorded compound, the analogue answers for the three.
        var (withoutIt, itsMass) = CandidateAnswers.Covering(candidates[..2], [0.30, 0.25], [0, 1]);
        Assert.Equal([1], withoutIt);
        Assert.Equal([0.55], itsMass.ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    /// <summary>
    /// Li1.08Mn1.92O4 (recorded twice) lies between LiMn2O4 (165 times) and Li1.2Mn1.8O4, and covers all three. Where
    /// LiMn2O4 covers nearly as much (within <see cref="CandidateAnswers.TextbookMargin"/>) the textbook compound answers;
    /// where it covers clearly less, the answer most likely right does.
    /// </summary>
    [Fact]
    public void TheTextbookCompoundAnswersWhereItCoversNearlyAsMuch()
    {
        Candidate C(string formula, int known, int recorded) => new(Composition.Parse(formula), Composition.Parse(formula), known) { Recorded = recorded };
        var candidates = new[] { C("LiMn2O4", 0, 165), C("Li1.08Mn1.92O4", 1, 2), C("Li1.2Mn1.8O4", 2, 1) };
        var (kept, mass) = CandidateAnswers.Covering(candidates, [0.40, 0.20, 0.04], [0, 1, 2]);
        Assert.Equal([0, 2], kept);
        Assert.Equal([0.60, 0.04], mass.ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);

        var (clearly, itsMass) = CandidateAnswers.Covering(candidates, [0.40, 0.20, 0.25], [0, 2, 1]);
        Assert.Equal([1], clearly);
        Assert.Equal([0.85], itsMass.ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);
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
