using System.Diagnostics;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Evaluation;
using Synthesis.Models.Reactions.Training;

var (modelDir, db) = (args[0], args[1]);
TorchSharp.torch.set_num_threads(1);
using var model = ReactionModel.Load(modelDir, TorchSharp.torch.CPU);
var m = model.Manifest;
var data = TrainingDataLoader.Load(new LiteDbReactionRepository(db), SplitKinds.Parse(m.Split), m.MaxPrecursors, m.Seed);
var literature = CandidateTraining.TrainingLiterature(data);
var test = data.Test;
var testOutput = model.Predict(test);
var validationOutput = model.Predict(data.Validation);
var variants = new Dictionary<string, CandidateOptions>
{
    ["default"] = new(),
    ["cb10"] = new() { ChargeBalancedRatios = 10 },
    ["t0"] = new() { ScorerTrainingReactions = 0 },
    ["t8000"] = new() { ScorerTrainingReactions = 8000 },
    ["t8000h16"] = new() { ScorerTrainingReactions = 8000, ScorerHiddenUnits = 16 },
    ["h16"] = new() { ScorerHiddenUnits = 16 },
    ["h0"] = new() { ScorerHiddenUnits = 0 },
    ["an30"] = new() { Analogues = 30 },
    ["noan"] = new() { FromAnalogues = false },
    ["an10"] = new() { Analogues = 10 },
    ["an40"] = new() { Analogues = 40 },
    ["an40cb10"] = new() { Analogues = 40, ChargeBalancedRatios = 10 },
    ["an20cb30"] = new() { Analogues = 20, ChargeBalancedRatios = 30 },
    ["cb30"] = new() { ChargeBalancedRatios = 30 },
    ["cb100"] = new() { ChargeBalancedRatios = 100 },
};
if (args.Contains("analogs"))
{
    var index = Analogs.Index(literature);
    var defaultScorer = CandidateTraining.Train(model, data, new CandidateOptions(), validationOutput, literature);
    var r0 = new CandidateRanker(new CandidateGenerator(literature, new CandidateOptions()), defaultScorer);
    int missed = 0, hit = 0, count = 0, distinctHit = 0;
    for (var i = 0; i < test.Count; i++)
    {
        var e = test[i];
        var view = ModelView.From(model, testOutput, i);
        if (!view.Fractions.Elements.ToHashSet().SetEquals(e.Product!.Elements)) continue;
        var ranked = r0.Rank(e.Precursors, view, e.Id, data.Doi(e.Id));
        if (CandidateRanker.Right(ranked.Candidates, e.Product!).Any(r => r)) continue;
        missed++;
        var analogs = Analogs.Of(literature, index, view.Fractions.Elements.ToArray());
        var distinct = analogs.DistinctBy(a => CompositionKeys.Product(a)).ToList();
        count += distinct.Count;
        if (distinct.Any(a => Synthesis.Chemistry.Distances.CompositionDistance.L1(a.Normalised(), e.Product!.Normalised()) < 0.05)) hit++;
        var near = distinct.OrderBy(a => Synthesis.Chemistry.Distances.CompositionDistance.L1(a.Normalised(), view.Fractions.Normalised())).Take(10);
        if (near.Any(a => Synthesis.Chemistry.Distances.CompositionDistance.L1(a.Normalised(), e.Product!.Normalised()) < 0.05)) distinctHit++;
    }
    Console.WriteLine($"analogs: missed {missed}, hit {hit}, hit among 10 nearest {distinctHit}, mean analogs {count / (double)missed:F1}");
    return;
}
foreach (var name in args.Skip(2).DefaultIfEmpty("default"))
{
    var options = variants[name];
    var clock = Stopwatch.StartNew();
    var scorer = CandidateTraining.Train(model, data, options, validationOutput, literature);
    var trainSeconds = clock.Elapsed.TotalSeconds;
    var ranker = new CandidateRanker(new CandidateGenerator(literature, options), scorer);
    clock.Restart();
    var rows = test.Select((e, i) =>
    {
        var ranked = ranker.Rank(e.Precursors, ModelView.From(model, testOutput, i), e.Id, data.Doi(e.Id));
        return ranked.Candidates.Count == 0 ? (e.Product!, (IReadOnlyList<Composition>)[model.Product(testOutput, i)], 0.0)
            : (e.Product!, (IReadOnlyList<Composition>)ranked.Candidates.Select(c => c.Fractions).ToArray(), ranked.Probabilities[0]);
    }).ToArray();
    var perReaction = clock.Elapsed.TotalMilliseconds / test.Count;
    var vrows = data.Validation.Select((e, i) =>
    {
        var ranked = ranker.Rank(e.Precursors, ModelView.From(model, validationOutput, i), e.Id, data.Doi(e.Id));
        return ranked.Candidates.Count == 0 ? (e.Product!, (IReadOnlyList<Composition>)[model.Product(validationOutput, i)], 0.0)
            : (e.Product!, (IReadOnlyList<Composition>)ranked.Candidates.Select(c => c.Fractions).ToArray(), ranked.Probabilities[0]);
    }).ToArray();
    var vc = CandidateMetrics.Compute(vrows);
    Console.WriteLine($"{name,-12} validation exact {vc.ExactWithin005:F3} top5 {vc.Top5:F3} recall {vc.RecordedAmongCandidates:F3} AUROC {vc.Auroc:F3} meanp {vc.MeanTopProbability:F3} ECE {vc.ExpectedCalibrationError:F3}");
    if (Environment.GetEnvironmentVariable("DUMP") is { } dump)
    {
        using var w = new StreamWriter(dump);
        w.WriteLine("id\tprecursors\trecorded\trank\tn\tp1\tp2\tsources1\ttop1\ttop2\tright_formula\tright_sources\tright_p");
        for (var i = 0; i < test.Count; i++)
        {
            var e = test[i];
            var ranked = ranker.Rank(e.Precursors, ModelView.From(model, testOutput, i), e.Id, data.Doi(e.Id));
            var right = CandidateRanker.Right(ranked.Candidates, e.Product!);
            var r = Array.IndexOf(right, true);
            string P(int k) => k < ranked.Probabilities.Length ? ranked.Probabilities[k].ToString("F3") : "";
            string F(int k) => k < ranked.Candidates.Count ? ranked.Candidates[k].Formula : "";
            w.WriteLine(string.Join('\t', e.Id, string.Join(" + ", e.Precursors.Select(x => x.ToFormula())), e.Product!.ToFormula(), r, ranked.Candidates.Count,
                P(0), P(1), ranked.Candidates.Count > 0 ? string.Join(",", ranked.Candidates[0].Sources) : "", F(0), F(1),
                r >= 0 ? F(r) : "", r >= 0 ? string.Join(",", ranked.Candidates[r].Sources) : "", r >= 0 ? P(r) : ""));
        }
    }
    var c = CandidateMetrics.Compute(rows);
    Console.WriteLine($"{name,-12} exact {c.ExactWithin005:F3} top3 {c.Top3:F3} top5 {c.Top5:F3} recall {c.RecordedAmongCandidates:F3} cands {c.MeanCandidates:F1} " +
                      $"EleMD {c.TopCandidate.MeanElementMovers:F2} le2 {c.TopCandidate.WithinElementMovers2:F3} subset {c.TopCandidate.SubsetAccuracy:F3} AUROC {c.Auroc:F3} meanp {c.MeanTopProbability:F3} ECE {c.ExpectedCalibrationError:F3} " +
                      $"rank {perReaction:F2} ms train {trainSeconds:F0} s");
}
