using System.Diagnostics;
using System.Text.Json;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Evaluation;
using Synthesis.Models.Reactions.Training;

// Candidate options side by side on one model's split (bench/candidate-variants.sh): for each named variant a scorer is
// trained as `synthesis train candidates` trains one, then the validation and test figures and the time per ranking.
//   <model folder> <database> <output.json> [variant ...]     (variants: see Variants.All; default: all)
//   <model folder> <database> <output.json> misses      why the test reactions' recorded products are not among the default
//                                                      candidates (Misses): what any ranking of these sources can reach;
//                                                      what any method reading only the inputs can reach (Ceiling); and,
//                                                      by where the literature holds the chemistry, the answers beside the
//                                                      literature's own majority (LiteratureCoverage)
//   <model folder> <database> <output.csv> features     every candidate's features, for scorers tried outside (FeatureDump)
//   <model folder> <database> <output.tsv> examples     per test reaction the rank of its recorded product among the shipped
//                                                      scorer's answers and the first five (Examples)
//   <model folder> <database> <output.json> retrieval-view         the candidate step reading the retrieval-aware fractions instead of
//                                                      the ensemble's mean, beside the default, scorers trained alike (RetrievalView)
var (modelDirectory, database, output) = (args[0], args[1], args[2]);
var misses = args.Length > 3 && args[3] == "misses";
var examples = args.Length > 3 && args[3] == "examples";
var retrievalView = args.Length > 3 && args[3] == "retrieval-view";
var features = args.Length > 3 && args[3] == "features";
var names = misses || features || examples || retrievalView ? [] : args.Length > 3 ? args[3..] : Variants.All.Keys.ToArray();
if (names.FirstOrDefault(n => !Variants.All.ContainsKey(n)) is { } unknown)
{
    Console.Error.WriteLine($"unknown variant '{unknown}'; known: {string.Join(", ", Variants.All.Keys)}");
    return 2;
}
TorchSharp.torch.set_num_threads(1);
using var model = ReactionModel.Load(modelDirectory, TorchSharp.torch.CPU);
var manifest = model.Manifest;
using var databases = new DatabaseFiles(DatabaseOwner.Cli);
var data = TrainingDataLoader.Load(new LiteDbReactionRepository(databases.For(database)), SplitKinds.Parse(manifest.Split), manifest.MaxPrecursors, manifest.Seed);
var literature = CandidateTraining.TrainingLiterature(data);
var testOutput = model.Predict(data.Test);
var validationOutput = model.Predict(data.Validation);
if (examples)
{
    Examples.Print(model, data, literature, testOutput, CandidateScorer.Load(modelDirectory)!, output);
    return 0;
}
if (retrievalView)
{
    RetrievalView.Run(model, data, literature, testOutput, validationOutput, output);
    return 0;
}
if (features)
{
    FeatureDump.Write(model, data, literature, testOutput, validationOutput, output);
    return 0;
}
if (misses)
{
    var categories = Misses.Analyse(model, data, literature, testOutput, new CandidateOptions());
    var ceiling = new { same_precursors_and_actions = Ceiling.Of(data.Test, withActions: true), same_precursors = Ceiling.Of(data.Test, withActions: false) };
    var literatureCoverage = LiteratureCoverage.Measure(model, data, literature, testOutput, CandidateScorer.Load(modelDirectory)!);
    Console.WriteLine(JsonSerializer.Serialize(new { categories, ceiling, literatureCoverage }, new JsonSerializerOptions { WriteIndented = true }));
    File.WriteAllText(output, JsonSerializer.Serialize(new { model = manifest.Version, split = manifest.Split, date = DateTime.UtcNow, test_reactions = data.Test.Count, categories, ceiling, literature_coverage = literatureCoverage },
        new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }) + "\n");
    return 0;
}
var results = new List<object>();
foreach (var name in names)
{
    var (description, options) = Variants.All[name];
    var clock = Stopwatch.StartNew();
    var scorer = CandidateTraining.Train(model, data, options, validationOutput, literature);
    var trainSeconds = clock.Elapsed.TotalSeconds;
    var ranker = new CandidateRanker(new CandidateGenerator(literature, options), scorer);
    clock.Restart();
    var test = CandidateMetrics.Compute(CandidateEvaluation.Answers(model, data, data.Test, testOutput, ranker));
    var millisecondsPerRanking = clock.Elapsed.TotalMilliseconds / data.Test.Count;
    var validation = CandidateMetrics.Compute(CandidateEvaluation.Answers(model, data, data.Validation, validationOutput, ranker));
    Console.WriteLine($"{name,-22} test exact {test.ExactWithin005:F3} top-5 {test.Top5:F3} among {test.RecordedAmongCandidates:F3} " +
                      $"EleMD {test.TopCandidate.MeanElementMovers:F2} ≤2 {test.TopCandidate.WithinElementMovers2:F3} AUROC {test.Auroc:F3} " +
                      $"ECE {test.ExpectedCalibrationError:F3} | validation exact {validation.ExactWithin005:F3} | {millisecondsPerRanking:F2} ms, scorer {trainSeconds:F0} s");
    results.Add(new { name, description, test, validation, milliseconds_per_ranking = millisecondsPerRanking, scorer_seconds = trainSeconds });
}
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, JsonSerializer.Serialize(new
{
    model = manifest.Version, split = manifest.Split, date = DateTime.UtcNow, test_reactions = data.Test.Count,
    validation_reactions = data.Validation.Count, variants = results,
}, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }) + "\n");
return 0;
