using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Neighbours;
using Synthesis.Models.Reactions.Training;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Reactions;

public sealed class EmbeddingIndexTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-index-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Reaction[] AsReactions(IEnumerable<Synthesis.Models.Reactions.Encoding.ReactionExample> examples) =>
        examples.Select(e => new Reaction
        {
            Id = e.Id,
            Doi = "10.0/" + e.Id,
            ReactionString = string.Join(" + ", e.Precursors.Select(p => p.ToFormula())) + " == " + e.Product!.ToReadableFormula(),
            TargetFormula = e.Product.ToReadableFormula(),
            Precursors = e.Precursors.Select(p => new Precursor { Formula = p.ToFormula(), Composition = p.ToDictionary(x => x.Key, x => x.Value) }).ToList(),
            Target = e.Product.ToDictionary(x => x.Key, x => x.Value),
            Actions = e.Actions.ToList(),
            Kept = true,
        }).ToArray();

    [Fact]
    public void NeighboursComeFromTheCacheOnTheSecondLoadAndAReactionIsItsOwnNearest()
    {
        var data = SyntheticReactions.Data(16, 8, 8);
        using var model = new ReactionModelTrainer(SyntheticReactions.TinyTraining(2, members: 1), CPU, null)
            .Train(data, Path.Combine(_directory, "model"), Path.Combine(_directory, "ckpt"), resume: false)!;
        var reactions = AsReactions(data.Train.Concat(data.Test));
        var cache = Path.Combine(_directory, "cache");

        var progress = new List<(int Embedded, int Total)>();
        using var first = new ReactionPredictor(model, reactions, cache, (embedded, total) => progress.Add((embedded, total)));
        var cached = Assert.Single(Directory.GetFiles(cache));
        var written = File.GetLastWriteTimeUtc(cached);
        var computed = progress.Count;
        using var second = new ReactionPredictor(model, reactions, cache, (embedded, total) => progress.Add((embedded, total)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(cache))));
        Assert.Equal((first.IndexedReactions, first.IndexedReactions), progress[^1]); // computing told its progress to the end; the cache read is quick and silent
        Assert.Equal(computed, progress.Count);

        var id = reactions[3].Id;
        var (a, b) = (first.SimilarTo(id, 5)!, second.SimilarTo(id, 5)!);
        Assert.Equal(a.Select(n => n.ReactionId), b.Select(n => n.ReactionId));
        Assert.DoesNotContain(a, n => n.ReactionId == id);
        Assert.True(a.Zip(a.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity), "neighbours must come most similar first");
        Assert.Null(first.SimilarTo("no-such-reaction", 5));

        // A query identical to a stored reaction finds it (or an identical twin: the made-up set repeats some) first, with cosine 1.
        var stored = data.Train[3];
        var prediction = first.Predict([new ReactionQuery(stored.Precursors, stored.Actions)], 3, 5)[0];
        var nearest = reactions.Single(r => r.Id == prediction.Neighbours[0].ReactionId);
        Assert.Equal(reactions[3].Precursors.Select(p => p.Formula).Order(), nearest.Precursors.Select(p => p.Formula).Order());
        Assert.Equal(reactions[3].Actions, nearest.Actions);
        Assert.Equal(1.0, prediction.Neighbours[0].Similarity, 4);

        // The approximate index (here chosen from one reaction on) over the same cached embeddings: on a set this small
        // it finds exactly what exact search finds, and the leak rule holds on its path too.
        using var approximate = new ReactionPredictor(model, reactions, cache, search: new NeighbourSearchOptions { ApproximateFrom = 1 });
        Assert.True(approximate.ApproximateNeighbours);
        Assert.False(first.ApproximateNeighbours);
        foreach (var reaction in reactions)
        {
            var (exact, found) = (first.SimilarTo(reaction.Id, 5)!, approximate.SimilarTo(reaction.Id, 5)!);
            Assert.DoesNotContain(found, n => n.ReactionId == reaction.Id);
            // Similarities, not ids: the made-up set has identical twins, whose order among equals either search may pick.
            Assert.Equal(exact.Select(n => n.Similarity), found.Select(n => n.Similarity), (x, y) => Math.Abs(x - y) < 1e-5);
        }
        var viaApproximate = approximate.Predict([new ReactionQuery(stored.Precursors, stored.Actions)], 3, 5)[0];
        Assert.Equal(1.0, viaApproximate.Neighbours[0].Similarity, 4);
        // Same embeddings, same cache file; the approximate graph is saved beside it and read by the next such index.
        Assert.Single(Directory.GetFiles(cache, "embeddings-*"));
        var graph = Assert.Single(Directory.GetFiles(cache, "neighbours-*.usearch"));
        using var again = new ReactionPredictor(model, reactions, cache, search: new NeighbourSearchOptions { ApproximateFrom = 1 });
        Assert.Equal(approximate.SimilarTo(id, 5)!.Select(n => n.ReactionId), again.SimilarTo(id, 5)!.Select(n => n.ReactionId));
        Assert.Single(Directory.GetFiles(cache, "neighbours-*.usearch"), graph);

        using var other = new ReactionPredictor(model, reactions.Take(10), cache);
        Assert.Equal(2, Directory.GetFiles(cache, "embeddings-*").Length);
    }
}
