using System.Diagnostics;
using System.Text.Json;
using Synthesis.Data.Storage;
using Synthesis.Models.Profiling;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

// Reaction-model speed on this machine, each figure beside a reference measured in the same run:
// dense float32 matmul throughput (what the cores can do right now) and, for the neighbour search,
// the same cosine search done by a plain managed loop.
// Usage: dotnet run -c Release --project bench/Synthesis.Bench.Model -- [db] [model folder] [output json]
var database = args.ElementAtOrDefault(0) ?? DatabasePath.Resolve();
var modelFolder = args.ElementAtOrDefault(1) ?? ModelPath.Resolve();
var output = args.ElementAtOrDefault(2) ?? "results/bench/reaction-model.json";

using var databases = new DatabaseFiles(DatabaseOwner.Cli);
var repository = new LiteDbReactionRepository(databases.For(database));
using var model = ReactionModel.Load(modelFolder, CPU);
var manifest = model.Manifest;
var data = TrainingDataLoader.Load(repository, Enum.Parse<SplitKind>(manifest.Split, ignoreCase: true), manifest.MaxPrecursors, manifest.Seed);
Console.Error.WriteLine($"model {manifest.Version}, {data.Train.Count:N0} training reactions, {get_num_threads()} threads");

var gflops = MatmulThroughput.Gflops();
Console.Error.WriteLine($"reference matmul: {gflops:0.0} GFLOP/s");

// Training: time a few optimiser steps of one fresh classifier member and scale to an epoch.
var epochSeconds = TrainingThroughput.ClassifierEpochSeconds(model, data.Train, steps: 12);
Console.Error.WriteLine($"classifier member: {epochSeconds:0.0} s per epoch");

// Inference: the whole ensemble, batched.
var examples = data.Test.Take(2048).ToArray();
model.Predict(examples.Take(256).ToArray());
var clock = Stopwatch.StartNew();
model.Predict(examples);
var reactionsPerSecond = examples.Length / clock.Elapsed.TotalSeconds;
Console.Error.WriteLine($"inference: {reactionsPerSecond:0} reactions/s ({manifest.Members} + {manifest.Members} members)");

// Neighbour search: index every kept reaction, then top-10 by cosine for 200 reactions.
clock.Restart();
using var predictor = new ReactionPredictor(model, repository.Kept());
var indexSeconds = clock.Elapsed.TotalSeconds;
var ids = data.Test.Take(200).Select(e => e.Id).ToArray();
predictor.SimilarTo(ids[0], 10);
clock.Restart();
foreach (var id in ids) predictor.SimilarTo(id, 10);
var searchMs = clock.Elapsed.TotalMilliseconds / ids.Length;
var managedMs = Bench.ManagedCosineTop10Ms(predictor.IndexedReactions, manifest.Options.NodeSize, queries: 50);
Console.Error.WriteLine($"neighbours: index of {predictor.IndexedReactions:N0} built in {indexSeconds:0.0} s; top-10 {searchMs:0.00} ms (managed loop {managedMs:0.00} ms)");

// Candidate step: rank the candidates of 500 test reactions one at a time, the whole literature as in the server,
// beside one single-reaction ensemble forward pass (what a Predict call spends on the model) measured the same way.
var literature = new Literature(repository.Kept().Select(LiteratureRecord.From));
var scorer = CandidateScorer.Load(modelFolder);
double? candidateMs = null, singleForwardMs = null;
if (scorer is not null)
{
    var ranker = new CandidateRanker(new CandidateGenerator(literature, scorer.GenerationOptions), scorer);
    var queries = data.Test.Take(500).ToArray();
    var outputs = model.Predict(queries);
    ranker.Rank(queries[0].Precursors, ModelView.From(model, outputs, 0));
    clock.Restart();
    for (var i = 0; i < queries.Length; i++) ranker.Rank(queries[i].Precursors, ModelView.From(model, outputs, i));
    candidateMs = clock.Elapsed.TotalMilliseconds / queries.Length;
    clock.Restart();
    foreach (var query in queries.Take(100)) model.Predict([query]);
    singleForwardMs = clock.Elapsed.TotalMilliseconds / 100;
    Console.Error.WriteLine($"candidates: {candidateMs:0.00} ms per reaction beside {singleForwardMs:0.0} ms for one reaction's ensemble forward pass");
}

var report = new
{
    machine = new { processors = Environment.ProcessorCount, threads = get_num_threads() },
    model = manifest.Version,
    reference_matmul_gflops = gflops,
    classifier_epoch_seconds = epochSeconds,
    classifier_epoch_as_reference_matmul_gflop = epochSeconds * gflops,
    inference_reactions_per_second = reactionsPerSecond,
    neighbour_index_reactions = predictor.IndexedReactions,
    neighbour_index_build_seconds = indexSeconds,
    neighbour_top10_ms = searchMs,
    neighbour_top10_managed_loop_ms = managedMs,
    neighbour_speedup_over_managed_loop = managedMs / searchMs,
    candidate_step_ms = candidateMs,
    single_reaction_forward_ms = singleForwardMs,
    candidate_step_share_of_forward = candidateMs / singleForwardMs,
};
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output + ".tmp", JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
File.Move(output + ".tmp", output, overwrite: true);
Console.WriteLine(File.ReadAllText(output));
