using System.Diagnostics;
using Synthesis.Chemistry;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Neighbours;

namespace Synthesis.Bench.Scaling;

/// <summary>One index kind at one size: build time, resident memory it added, top-10 query latency, recall@10 against exact.</summary>
public sealed record IndexFigures(double BuildSeconds, double MemoryMb, Latency Top10, double RecallAt10);

/// <summary>The approximate index searched with another ef (same graph): latency and recall@10.</summary>
public sealed record ExpansionFigures(int ExpansionSearch, Latency Top10, double RecallAt10);

/// <summary>
/// Everything measured at one dataset size; <see cref="EmbeddingsMb"/> is N·d·4 bytes of float32 rows, the floor any index
/// holds; <see cref="PredictIndex"/> is the kind the options chose for Predict.
/// </summary>
public sealed record SizeFigures(int Reactions, string Source, double EmbeddingsMb, IndexFigures Exact, IndexFigures Approximate,
    double ApproximateNativeMb, IReadOnlyList<ExpansionFigures> Expansions, string PredictIndex, Latency Predict);

/// <summary>
/// Measures one dataset size, in the same run for both kinds: exact search (the truth), then the approximate index,
/// then whole single-reaction Predict calls (model, neighbours, candidates) over the index the options choose.
/// </summary>
public sealed class SizeRun(ReactionModel model, NeighbourSearchOptions options, IReadOnlyList<float[]> queryEmbeddings,
    IReadOnlyList<ReactionQuery> predictQueries, int predictNeighbours, Action<string> progress)
{
    public const int K = 10;

    /// <param name="rows">N × d floats, unit rows; row i is <paramref name="reactions"/>[i]</param>
    /// <param name="literature">the stored reactions the candidates draw on</param>
    public SizeFigures Measure(string source, float[] rows, IReadOnlyList<Reaction> reactions, IReadOnlyList<Reaction> literature)
    {
        var (count, dimensions) = (reactions.Count, queryEmbeddings[0].Length);
        var (exact, exactBuild) = Build(() => new ExactNeighbourIndex(rows, count, dimensions));
        var exactTop10 = Latency.Of(queryEmbeddings, q => exact.Nearest([q], K));
        var truth = queryEmbeddings.Select(q => exact.Nearest([q], K)[0]).ToArray();
        progress($"{count:N0} {source}: exact top-10 p50 {exactTop10.P50Ms:0.000} ms, p99 {exactTop10.P99Ms:0.000} ms (CPU p50 {exactTop10.CpuP50Ms:0.000}); building the approximate index");

        var (approximate, approximateBuild) = Build(() => new ApproximateNeighbourIndex(rows, count, dimensions, options,
            (added, total) => { if (total >= 100_000) progress($"  approximate index: {added:N0} of {total:N0} added"); }));
        var (approximateTop10, recall) = Searched(approximate, truth);
        var expansions = new[] { 64, 128, 256, 512 }.Select(ef =>
        {
            approximate.ExpansionSearch = ef;
            var (top10, at10) = Searched(approximate, truth);
            return new ExpansionFigures(ef, top10, Math.Round(at10, 4));
        }).ToArray();
        approximate.ExpansionSearch = options.ExpansionSearch;
        var nativeMb = Math.Round(approximate.MemoryBytes / (double)(1 << 20), 1);
        progress($"{count:N0} {source}: approximate built in {approximateBuild.Seconds:0.0} s, top-10 p50 {approximateTop10.P50Ms:0.000} ms (CPU {approximateTop10.CpuP50Ms:0.000}), recall@10 {recall:0.0000} (ef " +
            string.Join(", ", expansions.Select(e => $"{e.ExpansionSearch}: {e.RecallAt10:0.0000} in {e.Top10.CpuP50Ms:0.000} ms")) + ")");

        var approximateChosen = count >= options.ApproximateFrom;
        (approximateChosen ? (INeighbourIndex)exact : approximate).Dispose();
        using var chosen = approximateChosen ? (INeighbourIndex)approximate : exact;
        var predictor = new ReactionPredictor(model, literature, new EmbeddingIndex(reactions, chosen));
        var predict = Latency.Of(predictQueries, q => predictor.Predict([q], predictNeighbours, InputLimits.DefaultCandidates), warmUp: 5);
        progress($"{count:N0} {source}: Predict ({predictNeighbours} neighbours, {(approximateChosen ? "approximate" : "exact")}) p50 {predict.P50Ms:0.0} ms, p99 {predict.P99Ms:0.0} ms");

        return new SizeFigures(count, source, Math.Round(count * (double)dimensions * sizeof(float) / (1 << 20), 1),
            new IndexFigures(exactBuild.Seconds, exactBuild.MemoryMb, exactTop10, 1.0),
            new IndexFigures(approximateBuild.Seconds, approximateBuild.MemoryMb, approximateTop10, Math.Round(recall, 4)), nativeMb, expansions,
            approximateChosen ? "approximate" : "exact", predict);
    }

    private (Latency Top10, double Recall) Searched(ApproximateNeighbourIndex approximate, NeighbourRow[][] truth) =>
        (Latency.Of(queryEmbeddings, q => approximate.Nearest([q], K)),
            queryEmbeddings.Select((q, i) => Recall(truth[i], approximate.Nearest([q], K)[0])).Average());

    /// <summary>
    /// Share of the true top 10 found. A found row counts when it is one of them or ties with the 10th (cosine within
    /// 1e-5): the real data holds identical reactions, whose order among equals either search may pick.
    /// </summary>
    public static double Recall(NeighbourRow[] truth, NeighbourRow[] found)
    {
        if (truth.Length == 0) return 1;
        var rows = truth.Select(n => n.Row).ToHashSet();
        var tenth = truth[^1].Similarity;
        return Math.Min(truth.Length, found.Count(n => rows.Contains(n.Row) || n.Similarity >= tenth - 1e-5f)) / (double)truth.Length;
    }

    private static (T Index, (double Seconds, double MemoryMb) Cost) Build<T>(Func<T> build)
    {
        var before = ResidentMemory.Mb();
        var clock = Stopwatch.StartNew();
        var index = build();
        var seconds = clock.Elapsed.TotalSeconds;
        return (index, (Math.Round(seconds, 3), Math.Round(ResidentMemory.Mb() - before, 1)));
    }
}
