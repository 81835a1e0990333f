using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Import;
using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Candidates;

/// <summary>
/// The shipped default model with its candidate scorer and the whole text-mined dataset as the literature, asked what
/// a chemist asks every day: the top candidate must be the textbook compound (its fractions, to 1e-9). These
/// are the reactions whose mean-fraction answers (Ba3Ti4O11 for BaCO3 + TiO2, …) made candidates necessary.
/// </summary>
public sealed class EverydayReactionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-everyday-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_shipped_model_names_the_textbook_compound_first()
    {
        var root = RepositoryFiles.Root;
        Literature literature;
        using (var databases = new DatabaseFiles(DatabaseOwner.Cli))
        {
            var database = databases.For(Path.Combine(_directory, "synthesis.db"));
            new ReactionImporter(database).Import(Path.Combine(root, "datasets", "reactions", "solid-state_dataset_2019-12-03.json.xz"));
            literature = new Literature(new LiteDbReactionRepository(database).Kept().Select(LiteratureRecord.From));
        }
        var folder = Path.Combine(root, ModelPath.Default);
        using var model = ReactionModel.Load(folder, CPU);
        var scorer = CandidateScorer.Load(folder) ?? throw new InvalidOperationException($"the shipped model {folder} has no candidate scorer");
        var ranker = new CandidateRanker(new CandidateGenerator(literature, scorer.GenerationOptions), scorer);

        (string Precursors, string Textbook)[] everyday =
        [
            ("BaCO3 TiO2", "BaTiO3"), ("Y2O3 BaCO3 CuO", "YBa2Cu3O7"), ("Li2CO3 FePO4", "LiFePO4"), ("ZnO Al2O3", "ZnAl2O4"),
            ("Li2CO3 Mn2O3", "LiMn2O4"), ("ZnO Fe2O3", "ZnFe2O4"), ("Li2CO3 Fe2O3", "LiFeO2"), ("CaCO3 TiO2", "CaTiO3"),
        ];
        var queries = everyday.Select((e, i) => new ReactionExample($"everyday-{i}", e.Precursors.Split(' ').Select(Composition.Parse).ToArray(),
            [ActionClass.DryMixing, ActionClass.Heating], null)).ToArray();
        var output = model.Predict(queries);
        var named = queries.Select((q, i) => ranker.Rank(q.Precursors, ModelView.From(model, output, i)).Candidates[0]).ToArray();

        // The compound itself, not one within L1 0.05 of it (Li1.08Mn1.92O4 is 0.023 from LiMn2O4, and no chemist's answer).
        var wrong = everyday.Zip(named).Where(p => !p.Second.Fractions.Equals(Composition.Parse(p.First.Textbook)))
            .Select(p => $"{p.First.Precursors} → {p.Second.Formula} (textbook {p.First.Textbook})").ToArray();
        Assert.True(wrong.Length == 0, string.Join("; ", wrong));

        // The model's own fractions, read beside the literature (the shipped retrieval-aware stoichiometry), come nearer
        // the textbook compounds than the ensemble's mean on the whole. Where the most similar papers mostly make
        // something else (Al-doped ZnO from ZnO + Al2O3) they move toward that: the candidates, not these, name the compound.
        var stoichiometry = RetrievalStoichiometry.Load(folder) ?? throw new InvalidOperationException($"the shipped model {folder} has no retrieval-aware stoichiometry");
        var distances = queries.Select((q, i) =>
        {
            var view = ModelView.From(model, output, i);
            var textbook = Composition.Parse(everyday[i].Textbook);
            var read = stoichiometry.Fractions(view, CandidateTraining.Tier(literature, q.Precursors, null, null));
            return (Mean: CompositionDistance.L1(view.Fractions, textbook), Read: CompositionDistance.L1(read, textbook));
        }).ToArray();
        Assert.True(distances.Average(d => d.Read) < distances.Average(d => d.Mean),
            string.Join("; ", distances.Select((d, i) => $"{everyday[i].Textbook} {d.Mean:F3} → {d.Read:F3}")));
        // Deterministic (shipped weights, the whole dataset): mean L1 0.131 → 0.102 when measured; YBa2Cu3O7 0.219 → 0.063.
        Assert.True(distances[1].Read < distances[1].Mean / 2, $"YBa2Cu3O7: {distances[1].Mean:F3} → {distances[1].Read:F3}");
    }
}
