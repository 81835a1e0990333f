using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;
using static Synthesis.Models.Tests.Candidates.LiteratureFixtures;

namespace Synthesis.Models.Tests.Candidates;

/// <summary>
/// The retrieval-aware stoichiometry (issue 14, item 3) copies the literature where it is unanimous, keeps the model
/// where there is no literature, never reads the query's own paper, and is read back as it was saved.
/// </summary>
public sealed class RetrievalStoichiometryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-stoichiometry-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>
    /// Systems whose papers agree on one product while the model is 20 % off in its cation ratio, and systems the
    /// literature does not know, whose recorded product the model has right. The head must learn both: copy the
    /// unanimous tier, keep the model alone. "Right" is the service's own: within L1 0.05 (a wrong answer here is ≥ 0.1 off).
    /// </summary>
    [Fact]
    public void CopiesAUnanimousLiteratureAndKeepsTheModelWithoutOne()
    {
        var (literature, examples) = Systems();
        var head = RetrievalStoichiometry.Train(examples);
        foreach (var (model, tier, recorded) in examples)
        {
            var fractions = head.Fractions(model, tier);
            Assert.True(CompositionDistance.L1(fractions, recorded) < CandidateScorer.RightWithin,
                $"{recorded.ToFormula()}: got {fractions.ToFormula()} from model {model.Fractions.ToFormula()} with {tier.Records.Length} reactions in the tier");
            Assert.Equal(model.Fractions.Elements.Order(), fractions.Elements.Order());
        }
        Assert.True(literature.Count > 0);
    }

    [Fact]
    public void NeverReadsTheQuerysOwnPaper()
    {
        var literature = new Literature(
        [
            Record("own", "10.1/own", "BaTiO3", "BaCO3", "TiO2"), Record("same-paper", "10.1/OWN", "BaTiO3", "BaCO3", "TiO2"),
            Record("other", "10.1/other", "Ba2TiO4", "BaCO3", "TiO2"),
        ]);
        var tier = CandidateTraining.Tier(literature, Precursors("BaCO3", "TiO2"), "own", "10.1/own");
        Assert.Equal(["other"], tier.Records.Select(r => literature[r].Id));
        Assert.Equal(1.0, tier.Agreement);
        Assert.Equal(Composition.Parse("Ba2TiO4").Normalised().ToFormula(), tier.Average()!.ToFormula());

        var alone = CandidateTraining.Tier(new Literature([Record("own", "10.1/own", "BaTiO3", "BaCO3", "TiO2")]), Precursors("BaCO3", "TiO2"), "own", "10.1/own");
        Assert.Empty(alone.Records);
        Assert.Null(alone.Average());
        Assert.Equal(0, alone.Jaccard);
    }

    [Fact]
    public void SavesAndLoadsBesideAModel()
    {
        var (_, examples) = Systems();
        var head = RetrievalStoichiometry.Train(examples, iterations: 30);
        head.Save(Path.Combine(_directory, RetrievalStoichiometry.FileName));
        var loaded = RetrievalStoichiometry.Load(_directory)!;
        foreach (var (model, tier, _) in examples)
            Assert.Equal(head.Fractions(model, tier).ToArray(), loaded.Fractions(model, tier).ToArray());
        Assert.Equal(RetrievalStoichiometry.Stamp(_directory), loaded.FileStamp);
        Assert.Matches("^-fractions[0-9a-f]{8}$", loaded.FileStamp);
        Assert.Null(RetrievalStoichiometry.Load(Path.Combine(_directory, "elsewhere")));

        var path = Path.Combine(_directory, RetrievalStoichiometry.FileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"model.log_share\"", "\"renamed\""));
        Assert.Contains("other inputs", Assert.Throws<InvalidDataException>(() => RetrievalStoichiometry.Load(_directory)).Message);
    }

    [Fact]
    public void RefusesNothingToLearnFrom() =>
        Assert.Throws<ArgumentException>(() => RetrievalStoichiometry.Train([]));

    /// <summary>Ten known A–B oxide systems (three papers each, unanimous) and ten the literature lacks.</summary>
    private static (Literature Literature, (ModelView, LiteratureTier, Composition)[] Examples) Systems()
    {
        string[] cations = ["Ba", "Sr", "Ca", "Mg", "Zn", "Ni", "Co", "Mn", "Cu", "Fe"];
        string[] partners = ["Ti", "Zr", "Sn", "Hf", "Ge", "Si", "Ce", "Mo", "W", "V"];
        var records = new List<LiteratureRecord>();
        for (var k = 0; k < cations.Length; k++)
            for (var paper = 0; paper < 3; paper++)
                records.Add(Record($"{cations[k]}-{paper}", $"10.1/{cations[k]}{paper}", $"{cations[k]}{partners[k]}O3", $"{cations[k]}O", $"{partners[k]}O2"));
        var literature = new Literature(records);
        var examples = new List<(ModelView, LiteratureTier, Composition)>();
        for (var k = 0; k < cations.Length; k++)
        {
            // Known: the model says A0.8B1.2O3-ish, the literature says ABO3 unanimously.
            var precursors = Precursors($"{cations[k]}O", $"{partners[k]}O2");
            examples.Add((Model($"{cations[k]}0.8{partners[k]}1.2O3"), CandidateTraining.Tier(literature, precursors, "query", "10.1/query"),
                Composition.Parse($"{cations[k]}{partners[k]}O3")));
            // Unknown: other partners, nothing shares a precursor; the model is right.
            var other = partners[(k + 3) % partners.Length];
            var unknown = Precursors($"{cations[(k + 5) % cations.Length]}2O3", $"{other}O3");
            examples.Add((Model($"{cations[(k + 5) % cations.Length]}2{other}O6"), CandidateTraining.Tier(literature, unknown, "query", "10.1/query"),
                Composition.Parse($"{cations[(k + 5) % cations.Length]}2{other}O6")));
        }
        return (literature, examples.ToArray());
    }
}
