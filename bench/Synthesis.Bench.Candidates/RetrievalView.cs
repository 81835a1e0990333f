using System.Text.Json;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Evaluation;
using Synthesis.Models.Reactions.Training;

/// <summary>
/// Whether the candidate step gains from reading the retrieval-aware fractions (<see cref="RetrievalStoichiometry"/>)
/// where it reads the ensemble's mean (the analogues, doped hosts and roundings near them, the model features): a
/// scorer trained on each view as `synthesis train candidates` trains one, both evaluated on the test reactions.
/// </summary>
internal static class RetrievalView
{
    public static void Run(ReactionModel model, TrainingData data, Literature literature, ModelOutput testOutput, ModelOutput validationOutput, string output)
    {
        var rows = new List<object>();
        var head = CandidateTraining.TrainStoichiometry(model, data, validationOutput, literature);
        var options = new CandidateOptions();
        var generator = new CandidateGenerator(literature, options);
        var sample = CandidateTraining.Sample(data, options);
        var sampleOutput = model.Predict(sample);
        foreach (var retrieval in new[] { false, true })
        {
            ModelView View(ReactionExample e, ModelOutput output, int i)
            {
                var view = ModelView.From(model, output, i);
                if (!retrieval) return view;
                var fractions = head.Fractions(view, CandidateTraining.Tier(literature, e.Precursors, e.Id, data.Doi(e.Id)));
                return new ModelView(fractions, view.FractionStd, view.Probability, view.Uncertainty);
            }
            (CandidateSet, bool[])[] Examples(IReadOnlyList<ReactionExample> reactions, ModelOutput output) => reactions.Select((e, i) =>
            {
                var set = generator.Generate(e.Precursors, View(e, output, i), e.Id, data.Doi(e.Id));
                return (set, CandidateRanker.Right(set.Candidates, e.Product!));
            }).ToArray();
            var scorer = CandidateScorer.Train(Examples(data.Validation, validationOutput).Concat(Examples(sample, sampleOutput)).ToArray()) with { Options = options };
            var ranker = new CandidateRanker(generator, scorer);
            var answers = data.Test.Select((e, i) =>
            {
                var ranked = ranker.Rank(e.Precursors, View(e, testOutput, i), e.Id, data.Doi(e.Id));
                return ranked.Candidates.Count == 0 ? (e.Product!, (IReadOnlyList<Composition>)[model.Product(testOutput, i)], 0.0)
                    : (e.Product!, (IReadOnlyList<Composition>)ranked.Candidates.Select(c => c.Fractions).ToArray(), ranked.Probabilities[0]);
            }).ToArray();
            var m = CandidateMetrics.Compute(answers);
            var name = retrieval ? "retrieval-aware fractions" : "ensemble mean (shipped)";
            Console.WriteLine($"{name,-26} exact {m.ExactWithin005:F3} top-5 {m.Top5:F3} among {m.RecordedAmongCandidates:F3} " +
                              $"EleMD {m.TopCandidate.MeanElementMovers:F2} AUROC {m.Auroc:F3} ECE {m.ExpectedCalibrationError:F3}");
            rows.Add(new { view = name, exact = m.ExactWithin005, top5 = m.Top5, among = m.RecordedAmongCandidates, element_movers = m.TopCandidate.MeanElementMovers,
                auroc = m.Auroc, ece = m.ExpectedCalibrationError });
        }
        File.WriteAllText(output, JsonSerializer.Serialize(new { model = model.Manifest.Version, date = DateTime.UtcNow, test_reactions = data.Test.Count, views = rows },
            new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
