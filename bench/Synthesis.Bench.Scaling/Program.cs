using System.Text.Json;
using Synthesis.Bench.Scaling;
using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;
using Synthesis.Models.Curation;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Neighbours;
using Synthesis.Reports.Bench;
using static TorchSharp.torch;

// Neighbour search and whole Predict against dataset size: subsets of the real reaction embeddings (1k, 3k, 10k, all),
// then real + synthetic embeddings (100k, 1M). Exact and approximate search measured side by side at each size.
// Usage: Synthesis.Bench.Scaling [db] [model folder] [output json] [--threads 1] [--queries 200] [--predicts 100]
//        [--real 1000,3000,10000] [--synthetic 100000,1000000]
//        Synthesis.Bench.Scaling --replot results/bench/scaling.json   (draws the PNG beside it again from the JSON alone)
var positional = new List<string>();
var named = new Dictionary<string, string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) named[args[i][2..]] = args[++i];
    else positional.Add(args[i]);
}
int Number(string name, int fallback) => named.TryGetValue(name, out var text) ? int.TryParse(text, out var n) && n > 0 ? n : Fail<int>($"--{name} must be a positive whole number, got '{text}'") : fallback;
int[] Sizes(string name, int[] fallback) => named.TryGetValue(name, out var text)
    ? text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => int.TryParse(t, out var n) && n > 0 ? n : Fail<int>($"--{name}: '{t}' is not a positive size")).ToArray()
    : fallback;
static T Fail<T>(string message)
{
    Console.Error.WriteLine(message);
    Environment.Exit(2);
    return default!;
}

if (named.TryGetValue("replot", out var measured))
{
    if (!File.Exists(measured)) Fail<int>($"no report at '{measured}'");
    var (points, budget) = ScalingReport.PointsOf(File.ReadAllText(measured));
    ScalingPlot.Write(Path.ChangeExtension(measured, ".png"), points, budget);
    return;
}

var database = positional.ElementAtOrDefault(0) ?? DatabasePath.Resolve();
var modelFolder = positional.ElementAtOrDefault(1) ?? ModelPath.Resolve();
var output = positional.ElementAtOrDefault(2) ?? "results/bench/scaling.json";
var (threads, queryCount, predictCount) = (Number("threads", 1), Number("queries", 200), Number("predicts", 100));
var (realSizes, syntheticSizes) = (Sizes("real", [1000, 3000, 10000]), Sizes("synthetic", [100_000, 1_000_000]));
if (!File.Exists(database)) Fail<int>($"no database at '{database}'");
set_num_threads(threads);
var options = new NeighbourSearchOptions();
void Progress(string line) => Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}");

// The real embeddings: every kept reaction the model takes (the server's index; cached beside the database).
using var databases = new DatabaseFiles(DatabaseOwner.Cli);
var repository = new LiteDbReactionRepository(databases.For(database));
using var model = ReactionModel.Load(modelFolder, CPU);
var kept = repository.Kept();
Progress($"model {model.Manifest.Version}; embedding {kept.Count:N0} kept reactions (a cached matrix is read instead when it matches)");
float[] real;
Reaction[] indexed;
using (var all = EmbeddingIndex.Build(model, kept, Path.GetDirectoryName(Path.GetFullPath(database)),
           (done, total) => { if (done == total || done % 2048 == 0) Progress($"  embedded {done:N0} of {total:N0}"); }))
{
    indexed = all.Reactions.ToArray();
    real = Enumerable.Range(0, indexed.Length).SelectMany(all.Search.Row).ToArray();
}
var dimensions = model.Manifest.Options.NodeSize;

// Held out, fixed seed: the queries (never in any index); the rest is the pool the sizes are drawn from, in one shuffled order.
var order = Enumerable.Range(0, indexed.Length).ToArray();
new Random(18).Shuffle(order);
var held = order.Take(queryCount).ToArray();
var pool = order.Skip(queryCount).ToArray();
var queryEmbeddings = held.Select(r => real.AsSpan(r * dimensions, dimensions).ToArray()).ToArray();
var predictQueries = held.Take(predictCount).Select(r => ReactionScorer.Query(indexed[r])).ToArray();
float[] Rows(IEnumerable<int> rows) => rows.SelectMany(r => real.AsSpan(r * dimensions, dimensions).ToArray()).ToArray();

var run = new SizeRun(model, options, queryEmbeddings, predictQueries, predictNeighbours: 5, Progress);
var figures = new List<SizeFigures>();
foreach (var size in realSizes.Where(s => s < pool.Length).Append(pool.Length))
{
    var subset = pool.Take(size).ToArray();
    var reactions = subset.Select(r => indexed[r]).ToArray();
    figures.Add(run.Measure("real", Rows(subset), reactions, reactions));
}

// Synthetic: the whole real pool plus made-up rows beside it; their reactions are copies of their source's, renamed.
var poolRows = Rows(pool);
using (var poolIndex = new ExactNeighbourIndex(poolRows, pool.Length, dimensions))
{
    var spread = SyntheticEmbeddings.TenthNeighbourDistance(poolIndex, samples: 500, seed: 5);
    Progress($"synthetic spread: median distance to the 10th real neighbour {spread:0.0000}");
    var poolReactions = pool.Select(r => indexed[r]).ToArray();
    foreach (var size in syntheticSizes.Where(s => s > pool.Length))
    {
        var extra = SyntheticEmbeddings.Draw(poolRows, dimensions, size - pool.Length, spread, seed: size);
        var rows = new float[(long)size * dimensions];
        poolRows.CopyTo(rows, 0);
        extra.CopyTo(rows, poolRows.Length);
        var reactions = poolReactions.Concat(Enumerable.Range(0, size - pool.Length).Select(i =>
        {
            var source = poolReactions[i % poolReactions.Length];
            return new Reaction { Id = $"synthetic-{i}", Doi = source.Doi, ReactionString = source.ReactionString, TargetFormula = source.TargetFormula };
        })).ToArray();
        figures.Add(run.Measure("real + synthetic", rows, reactions, poolReactions));
    }
}

var report = ScalingReport.From(figures, options, threads, Environment.ProcessorCount, model.Manifest.Version, dimensions, indexed.Length);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
var png = Path.ChangeExtension(output, ".png");
ScalingPlot.Write(png, report.Points, report.BudgetMs);
Progress($"exact top-10 p50 crosses {report.BudgetMs} ms at about {report.ExactCrossesBudgetAt:N0} reactions; wrote {output} and {png}");
