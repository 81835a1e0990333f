using Synthesis.Models.Reactions.Neighbours;

namespace Synthesis.Models.Tests.Reactions.Neighbours;

/// <summary>Exact and approximate neighbour search behind one interface: same answers on a small set, the size switch, bad sizes.</summary>
public sealed class NeighbourIndexTests
{
    private const int Dimensions = 16;

    /// <summary>count rows of Gaussian noise around 20 centres (clustered, like reaction embeddings), from a fixed seed.</summary>
    private static float[] Clustered(int count, int seed)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, 20).Select(_ => Enumerable.Range(0, Dimensions).Select(_ => Gaussian(random)).ToArray()).ToArray();
        var rows = new float[count * Dimensions];
        for (var r = 0; r < count; r++)
        for (var j = 0; j < Dimensions; j++)
            rows[r * Dimensions + j] = centres[r % centres.Length][j] + 0.3f * Gaussian(random);
        return rows;
    }

    private static float Gaussian(Random random) =>
        (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));

    private static float[][] Queries(int count, int seed)
    {
        var rows = Clustered(count, seed);
        return Enumerable.Range(0, count).Select(q => rows.AsSpan(q * Dimensions, Dimensions).ToArray()).ToArray();
    }

    private static readonly NeighbourSearchOptions AlwaysApproximate = new() { ApproximateFrom = 1 };

    [Fact]
    public void On_a_small_set_the_approximate_index_gives_the_exact_answer()
    {
        using var exact = NeighbourIndex.For(Clustered(1000, seed: 1), 1000, Dimensions, new NeighbourSearchOptions());
        using var approximate = NeighbourIndex.For(Clustered(1000, seed: 1), 1000, Dimensions, AlwaysApproximate);
        Assert.False(exact.Approximate);
        Assert.True(approximate.Approximate);

        var queries = Queries(50, seed: 2);
        var (truth, found) = (exact.Nearest(queries, 10), approximate.Nearest(queries, 10));
        // Fixed seeds, a single-threaded build: recall@10 is exactly 1 here, and the similarities agree to float rounding.
        for (var q = 0; q < queries.Length; q++)
        {
            Assert.Equal(10, found[q].Length);
            Assert.Equal(truth[q].Select(n => n.Row).Order(), found[q].Select(n => n.Row).Order());
            var similarity = truth[q].ToDictionary(n => n.Row, n => n.Similarity);
            Assert.All(found[q], n => Assert.Equal(similarity[n.Row], n.Similarity, 1e-5f));
            Assert.True(found[q].Zip(found[q].Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity), "most similar first");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_stored_row_finds_itself_first_unless_excluded_and_reads_back_normalised(bool approximate)
    {
        using var index = NeighbourIndex.For(Clustered(300, seed: 3), 300, Dimensions, approximate ? AlwaysApproximate : new NeighbourSearchOptions());
        Assert.Equal(approximate, index.Approximate);
        var row = index.Row(42);
        Assert.Equal(1.0, Math.Sqrt(row.Sum(x => x * (double)x)), 5);

        var itself = index.Nearest([row], 5)[0];
        Assert.Equal(42, itself[0].Row);
        Assert.Equal(1.0f, itself[0].Similarity, 1e-5f);
        var others = index.Nearest([row], 5, excludedRow: 42)[0];
        Assert.Equal(5, others.Length);
        Assert.DoesNotContain(others, n => n.Row == 42);
        Assert.Equal(itself.Skip(1).Select(n => n.Row), others.Take(4).Select(n => n.Row));
        Assert.Empty(index.Nearest([row], 0)[0]);
    }

    [Fact]
    public void The_search_expansion_of_a_built_index_can_be_read_changed_and_is_bounded()
    {
        using var index = new ApproximateNeighbourIndex(Clustered(200, seed: 7), 200, Dimensions, new NeighbourSearchOptions { ExpansionSearch = 40 });
        Assert.Equal(40, index.ExpansionSearch);
        index.ExpansionSearch = 300;
        Assert.Equal(300, index.ExpansionSearch);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.ExpansionSearch = 0);
        Assert.InRange(index.MemoryBytes, 200L * Dimensions * sizeof(float), long.MaxValue); // at least the rows themselves
    }

    [Fact]
    public void A_built_graph_is_saved_and_read_back_instead_of_built_again_and_a_mismatched_file_is_rebuilt()
    {
        var directory = Directory.CreateTempSubdirectory("synthesis-graph-").FullName;
        try
        {
            var file = Path.Combine(directory, "neighbours.usearch");
            var queries = Queries(20, seed: 9);
            using var built = NeighbourIndex.For(Clustered(500, seed: 8), 500, Dimensions, AlwaysApproximate, graphFile: file);
            var written = File.GetLastWriteTimeUtc(file);
            using var read = NeighbourIndex.For(Clustered(500, seed: 8), 500, Dimensions, AlwaysApproximate with { ExpansionSearch = 77 }, graphFile: file);
            Assert.Equal(written, File.GetLastWriteTimeUtc(file));
            Assert.Equal(77, ((ApproximateNeighbourIndex)read).ExpansionSearch); // the options' ef, not the file's
            Assert.Equal(built.Nearest(queries, 10).Select(r => r.Select(n => n.Row)), read.Nearest(queries, 10).Select(r => r.Select(n => n.Row)));

            // Another size (a changed dataset) or a file that is not a graph: built again and the file replaced.
            using var other = NeighbourIndex.For(Clustered(400, seed: 8), 400, Dimensions, AlwaysApproximate, graphFile: file);
            Assert.Equal(400, other.Count);
            Assert.Null(ApproximateNeighbourIndex.Load(file, 500, Dimensions, AlwaysApproximate));
            File.WriteAllText(file, "not a graph");
            Assert.Null(ApproximateNeighbourIndex.Load(file, 400, Dimensions, AlwaysApproximate));
            Assert.Null(ApproximateNeighbourIndex.Load(Path.Combine(directory, "missing.usearch"), 400, Dimensions, AlwaysApproximate));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, true)]
    [InlineData(101, true)]
    public void The_index_is_approximate_from_the_configured_size_on(int count, bool approximate)
    {
        using var index = NeighbourIndex.For(Clustered(count, seed: 4), count, Dimensions, new NeighbourSearchOptions { ApproximateFrom = 100 });
        Assert.Equal(approximate, index.Approximate);
        Assert.Equal(count, index.Count);
    }

    [Fact]
    public void The_default_threshold_keeps_todays_dataset_exact()
    {
        Assert.InRange(new NeighbourSearchOptions().ApproximateFrom, 23_249, 1_000_000); // the 23,248 indexed reactions stay exact
    }

    [Theory]
    [InlineData(0, 16, 128, 128, "ApproximateFrom")]
    [InlineData(1000, 1, 128, 128, "Connectivity")]
    [InlineData(1000, 16, 0, 128, "ExpansionAdd")]
    [InlineData(1000, 16, 128, 0, "ExpansionSearch")]
    [InlineData(1000, 16, 128, NeighbourSearchOptions.MaxExpansion + 1, "ExpansionSearch")]
    [InlineData(1000, NeighbourSearchOptions.MaxConnectivity + 1, 128, 128, "Connectivity")]
    public void Bad_sizes_are_refused_naming_the_option(int from, int connectivity, int expansionAdd, int expansionSearch, string name)
    {
        var options = new NeighbourSearchOptions { ApproximateFrom = from, Connectivity = connectivity, ExpansionAdd = expansionAdd, ExpansionSearch = expansionSearch };
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => NeighbourIndex.For(Clustered(10, 5), 10, Dimensions, options)).ParamName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rows_and_queries_of_the_wrong_shape_are_refused(bool approximate)
    {
        var options = approximate ? AlwaysApproximate : new NeighbourSearchOptions();
        Assert.Throws<ArgumentException>(() => NeighbourIndex.For(new float[10 * Dimensions - 1], 10, Dimensions, options));
        Assert.Throws<ArgumentOutOfRangeException>(() => NeighbourIndex.For([], 0, 0, options));
        using var index = NeighbourIndex.For(Clustered(10, 6), 10, Dimensions, options);
        Assert.Throws<ArgumentException>(() => index.Nearest([new float[Dimensions + 1]], 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Nearest([new float[Dimensions]], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Row(10));
        Assert.Equal(10, index.Nearest([index.Row(0)], 50)[0].Length); // k beyond the index: all of it
    }
}
