using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Baselines;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;

namespace Synthesis.Models.Reactions.Evaluation;

/// <summary>
/// The candidate-product table of an evaluation: on the test reactions, with the training reactions as the only
/// literature (each reaction's own paper left out), the Null baseline, the model's mean fractions, the two literature
/// lookups, the retrieval-aware stoichiometry's fractions, the ranked candidates, and one ablation row per candidate source or scorer input left out (each ablation's
/// scorer retrained on the validation reactions the same way).
/// </summary>
public static class CandidateEvaluation
{
    /// <summary>The row of the ranked candidates with the model's own scorer.</summary>
    public const string Ranked = "candidates";

    /// <summary>The row of the retrieval-aware stoichiometry's fractions (<see cref="RetrievalStoichiometry"/>).</summary>
    public const string RetrievalFractions = "retrieval-aware fractions";

    public static readonly (string Name, string Description, CandidateOptions Options)[] Ablations =
    [
        ("linear scorer", "the scorer without its hidden layer", new CandidateOptions { ScorerHiddenUnits = 0 }),
        ("element sets within 20×", "candidates whose element set the classifiers find at most 20 times less likely than theirs", new CandidateOptions { ElementSetOdds = 20 }),
        ("any element set", "candidates with any element set the alchemy mask allows", new CandidateOptions { ElementSetOdds = double.PositiveInfinity }),
        ("without analogues", "no known products of neighbouring systems with one element swapped", new CandidateOptions { FromAnalogues = false }),
        ("without doped hosts", "no known products of the model's elements but one, doped with it", new CandidateOptions { FromDopedHosts = false }),
        ("without known phases", "no known phases of the model's chemical system beyond the similar reactions' products", new CandidateOptions { FromKnownPhases = false }),
        ("without charge-balanced", "no charge-balanced oxides among the candidates", new CandidateOptions { FromChargeBalance = false }),
        ("without model roundings", "no rounded model fractions among the candidates", new CandidateOptions { FromModel = false }),
        ("literature candidates only", "only products of similar stored reactions, scored with the model", new CandidateOptions { FromModel = false, FromChargeBalance = false, FromAnalogues = false, FromDopedHosts = false }),
        ("literature ranking only", "only products of similar stored reactions, scored without the model", new CandidateOptions { FromModel = false, FromChargeBalance = false, FromAnalogues = false, FromDopedHosts = false, ScoreWithModel = false }),
        ("model candidates only", "no literature: rounded fractions and charge-balanced oxides, scored with the model", new CandidateOptions { FromLiterature = false }),
        ("merged into the most probable", "near-duplicates merged into the most probable of them, not the answer covering the most probability",
            new CandidateOptions { MergeByCoverage = false }),
    ];

    public static CandidateReport Evaluate(ReactionModel model, TrainingData data, ModelOutput testOutput, CandidateScorer? shipped, NullBaseline nullModel,
        bool ablations = true)
    {
        var literature = CandidateTraining.TrainingLiterature(data);
        var test = data.Test;
        var truths = test.Select(e => e.Product!).ToArray();
        var validationOutput = data.Validation.Count > 0 ? model.Predict(data.Validation) : null;
        var rows = new List<CandidateRow>();

        rows.Add(Row("Null", "the thesis' Null baseline", test.Select((e, i) => (truths[i], (IReadOnlyList<Composition>)[nullModel.Predict(e)], 0.5)).ToArray()));
        rows.Add(Row("model mean fractions", "the ensemble's mean fractions; confidence 1 − uncertainty",
            test.Select((_, i) => (truths[i], (IReadOnlyList<Composition>)[model.Product(testOutput, i)], 1 - Math.Min(1, (double)testOutput.Uncertainty[i]))).ToArray()));
        // The retrieval-aware stoichiometry shipped beside the model, or one trained now on the validation reactions.
        var stoichiometry = RetrievalStoichiometry.Load(model.Directory)
                            ?? (validationOutput is null ? null : CandidateTraining.TrainStoichiometry(model, data, validationOutput, literature));
        if (stoichiometry is not null)
            rows.Add(Row(RetrievalFractions, "the model's fractions read beside the most similar reactions' products (retrieval-aware stoichiometry); confidence 1 − uncertainty",
                test.Select((e, i) => (truths[i], (IReadOnlyList<Composition>)[stoichiometry.Fractions(ModelView.From(model, testOutput, i),
                    CandidateTraining.Tier(literature, e.Precursors, e.Id, data.Doi(e.Id)))], 1 - Math.Min(1, (double)testOutput.Uncertainty[i]))).ToArray()));
        var lookup = new LiteratureLookupBaseline(literature, nullModel);
        rows.Add(Row("lookup: average of most similar", "average product of the training reactions with the most similar precursor set (Null if none)",
            test.Select((e, i) => (truths[i], (IReadOnlyList<Composition>)[lookup.Average(e, data.Doi(e.Id))], 0.5)).ToArray()));
        rows.Add(Row("lookup: most often recorded", "their most often recorded product; then the next most similar reactions' products",
            test.Select((e, i) => (truths[i], lookup.MostOften(e, data.Doi(e.Id)), 0.5)).ToArray()));

        var fullOptions = shipped?.GenerationOptions ?? new CandidateOptions();
        var full = shipped ?? (validationOutput is null ? null : CandidateTraining.Train(model, data, fullOptions, validationOutput, literature));
        if (full is not null)
        {
            rows.Add(RankedRow(Ranked, shipped is null ? "ranked candidates, scorer trained on the validation reactions" : "ranked candidates, shipped scorer", fullOptions, full));
            if (ablations && validationOutput is not null)
                foreach (var (name, description, ablation) in Ablations)
                {
                    // Each ablation's scorer learns from the reactions the model's own scorer learnt from.
                    var options = ablation with { ScorerTrainingReactions = fullOptions.ScorerTrainingReactions };
                    // An ablation of the ranking alone serves the shipped scorer; any other retrains one.
                    var rankingOnly = options with { MergeByCoverage = fullOptions.MergeByCoverage } == fullOptions;
                    rows.Add(RankedRow(name, description, options,
                        rankingOnly ? full with { Options = options } : CandidateTraining.Train(model, data, options, validationOutput, literature)));
                }
        }
        return new CandidateReport(shipped is null ? "trained at evaluation" : "shipped", data.Validation.Count, literature.Count, rows)
        {
            ScorerTrainingReactions = Math.Min(fullOptions.ScorerTrainingReactions, data.Train.Count),
        };

        CandidateRow RankedRow(string name, string description, CandidateOptions options, CandidateScorer scorer) =>
            new(name, description, CandidateMetrics.Compute(Answers(model, data, test, testOutput, new CandidateRanker(new CandidateGenerator(literature, options), scorer))));
    }

    /// <summary>
    /// Each stored reaction's recorded product beside its ranked candidates (its own paper left out) and the top one's
    /// probability, as <see cref="CandidateMetrics.Compute"/> takes them. With no candidate the service answers with the
    /// model's mean fractions, at probability 0.
    /// </summary>
    public static (Composition, IReadOnlyList<Composition>, double)[] Answers(ReactionModel model, TrainingData data, IReadOnlyList<ReactionExample> reactions,
        ModelOutput output, CandidateRanker ranker) =>
        reactions.Select((e, i) =>
        {
            var ranked = ranker.Rank(e.Precursors, ModelView.From(model, output, i), e.Id, data.Doi(e.Id));
            return ranked.Candidates.Count == 0 ? (e.Product!, [model.Product(output, i)], 0.0)
                : (e.Product!, (IReadOnlyList<Composition>)ranked.Candidates.Select(c => c.Fractions).ToArray(), ranked.Probabilities[0]);
        }).ToArray();

    private static CandidateRow Row(string name, string description, (Composition, IReadOnlyList<Composition>, double)[] reactions) =>
        new(name, description, CandidateMetrics.Compute(reactions));
}

/// <summary>The candidate table of metrics.json: which scorer, how much validation and literature, one row per method.</summary>
public sealed record CandidateReport(string Scorer, int ValidationReactions, int LiteratureReactions, IReadOnlyList<CandidateRow> Rows)
{
    /// <summary>Training reactions the scorer learnt from beside the validation ones (<see cref="CandidateOptions.ScorerTrainingReactions"/>).</summary>
    public int ScorerTrainingReactions { get; init; }
}

public sealed record CandidateRow(string Name, string Description, CandidateMetrics Metrics);
