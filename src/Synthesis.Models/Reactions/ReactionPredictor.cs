using Synthesis.Chemistry;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;
using Synthesis.Models.Profiling;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Neighbours;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions;

/// <summary>
/// Serves a trained <see cref="ReactionModel"/>: ranked candidate products (from the literature and the model, scored by
/// the model's <see cref="CandidateScorer"/>, every kept reaction of the database as the literature), per-element
/// fractions, probabilities and uncertainty, explained by the literature reactions nearest in reaction-embedding
/// space (cosine of r̄). The neighbour index holds every kept reaction of the database with 2 to 10 precursors.
/// A model without a scorer (trained before candidates existed) answers with its rounded mean fractions alone.
/// </summary>
public sealed class ReactionPredictor : IReactionPredictor, IDisposable
{
    public const int MaxNeighbours = InputLimits.MaxNeighbours;
    private readonly ReactionModel _model;
    private readonly EmbeddingIndex _index;
    private readonly Dictionary<string, int> _row;
    private readonly CandidateRanker? _ranker;
    private readonly RetrievalStoichiometry? _stoichiometry;

    /// <param name="cacheDirectory">where the neighbour index's embeddings are cached (null: always recompute)</param>
    /// <param name="embedded">progress of computing those embeddings: reactions embedded so far, of how many</param>
    /// <param name="search">exact or approximate neighbour search, by the index's size (null: the defaults)</param>
    public ReactionPredictor(ReactionModel model, IEnumerable<Reaction> reactions, string? cacheDirectory = null, Action<int, int>? embedded = null,
        NeighbourSearchOptions? search = null)
        : this(model, reactions as IReadOnlyCollection<Reaction> ?? reactions.ToArray(), cacheDirectory, embedded, search)
    {
    }

    private ReactionPredictor(ReactionModel model, IReadOnlyCollection<Reaction> stored, string? cacheDirectory, Action<int, int>? embedded,
        NeighbourSearchOptions? search)
        : this(model, stored, EmbeddingIndex.Build(model, stored, cacheDirectory, embedded, search))
    {
    }

    /// <summary>Over a neighbour index built elsewhere (the scaling bench); <paramref name="literature"/> feeds the candidates.</summary>
    public ReactionPredictor(ReactionModel model, IEnumerable<Reaction> literature, EmbeddingIndex index)
    {
        _model = model;
        _index = index;
        _row = _index.Reactions.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var scorer = CandidateScorer.Load(model.Directory);
        if (scorer is not null)
        {
            _ranker = new CandidateRanker(new CandidateGenerator(new Literature(literature.Select(LiteratureRecord.From)), scorer.GenerationOptions), scorer);
            // The retrieval-aware stoichiometry reads the literature the candidates read; trained beside the scorer.
            _stoichiometry = RetrievalStoichiometry.Load(model.Directory);
        }
        ModelVersion = model.Manifest.Version + (scorer?.FileStamp ?? "") + (_stoichiometry?.FileStamp ?? "");
    }

    public static ReactionPredictor Load(string modelDirectory, IReactionRepository repository, Device device, string? cacheDirectory = null,
        Action<int, int>? embedded = null, NeighbourSearchOptions? search = null) =>
        new(ReactionModel.Load(modelDirectory, device), repository.Kept(), cacheDirectory, embedded, search);

    /// <summary>
    /// The manifest's version, the scorer's <see cref="CandidateScorer.Stamp"/> and, with a candidate scorer, the
    /// retrieval-aware stoichiometry's <see cref="RetrievalStoichiometry.Stamp"/>: what names these answers.
    /// </summary>
    public string ModelVersion { get; }

    /// <summary>The <see cref="ModelVersion"/> a predictor of this model folder will have, read without loading its weights.</summary>
    public static string VersionOf(string modelDirectory)
    {
        var scorer = CandidateScorer.Stamp(modelDirectory);
        return ReactionModelManifest.Read(modelDirectory).Version + scorer + (scorer.Length > 0 ? RetrievalStoichiometry.Stamp(modelDirectory) : "");
    }

    public ReactionModel Model => _model;
    public int IndexedReactions => _index.Reactions.Count;
    /// <summary>Whether the neighbours come from the approximate index (<see cref="NeighbourSearchOptions.ApproximateFrom"/>).</summary>
    public bool ApproximateNeighbours => _index.Search.Approximate;

    public IReadOnlyList<ProductPrediction> Predict(IReadOnlyList<ReactionQuery> queries, int neighbours, int candidates)
    {
        using (StageProfile.Stage("validate")) Validate(queries, neighbours, _model.Vocabulary);
        if (queries.Count == 0) return [];
        var examples = queries.Select((q, i) => new ReactionExample($"query-{i}", q.Precursors, q.Actions.Take(ReactionExample.MaxActions).ToArray(), null)).ToArray();
        ModelOutput output;
        using (StageProfile.Stage("model")) output = _model.Predict(examples);
        IReadOnlyList<SimilarReaction>[] similar;
        using (StageProfile.Stage("neighbours")) similar = Nearest(output.Embeddings, neighbours, excludedRow: -1);
        var predictions = new ProductPrediction[examples.Length];
        // The candidate step is plain managed code on the model's outputs (no tensors), safe to run per reaction in
        // parallel; a profile records on this thread alone, so it keeps the step here.
        if (examples.Length >= ParallelDescribeFrom && !StageProfile.Recording)
            Parallel.For(0, examples.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => predictions[i] = Describe(output, i, similar[i], queries[i], candidates));
        else
            for (var i = 0; i < examples.Length; i++) predictions[i] = Describe(output, i, similar[i], queries[i], candidates);
        return predictions;
    }

    /// <summary>Batches from this size describe their reactions (candidates, formulas) on every core.</summary>
    public const int ParallelDescribeFrom = 16;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> saying what is wrong with a request, before any model work: neighbours
    /// and precursor counts outside <see cref="InputLimits"/>, and — given the model's vocabulary — precursor elements
    /// the model cannot name, which it would otherwise silently leave out of the product ("Es2O3 + NiO" → "NiO4").
    /// </summary>
    public static void Validate(IReadOnlyList<ReactionQuery> queries, int neighbours, ElementVocabulary? vocabulary = null)
    {
        if (neighbours is < 0 or > MaxNeighbours) throw new ArgumentException($"neighbours must be between 0 and {MaxNeighbours}, got {neighbours}");
        for (var q = 0; q < queries.Count; q++)
        {
            if (queries[q].Precursors.Count is < InputLimits.MinPrecursors or > InputLimits.MaxPrecursors)
                throw new ArgumentException($"reaction {q + 1} has {queries[q].Precursors.Count} precursor(s); the model takes {InputLimits.MinPrecursors} to {InputLimits.MaxPrecursors}");
            var unknown = vocabulary is null ? [] : queries[q].Precursors.SelectMany(p => p.Elements).Distinct().Where(e => !vocabulary.Contains(e)).ToArray();
            if (unknown.Length > 0)
                throw new ArgumentException($"reaction {q + 1}: the model cannot predict products containing {string.Join(", ", unknown)} " +
                                            $"(outside the {vocabulary!.Count} elements it was trained on)");
        }
    }

    public IReadOnlyList<SimilarReaction>? SimilarTo(string reactionId, int k)
    {
        if (k is < 1 or > MaxNeighbours) throw new ArgumentException($"k must be between 1 and {MaxNeighbours}, got {k}");
        if (!_row.TryGetValue(reactionId, out var row)) return null;
        return Nearest([_index.Search.Row(row)], k, excludedRow: row)[0];
    }

    private ProductPrediction Describe(ModelOutput output, int i, IReadOnlyList<SimilarReaction> neighbours, ReactionQuery query, int candidates)
    {
        var warnings = new List<string>();
        IReadOnlyList<ProductCandidate> ranked = [];
        LiteratureTier? tier = null;
        ModelView? view = null;
        if (candidates > 0 && _ranker is null)
            warnings.Add($"model {ModelVersion} has no candidate scorer (train one with `synthesis train candidates`): the product is its rounded mean fractions");
        else if (candidates > 0)
        {
            using var stage = StageProfile.Stage("candidates");
            using (StageProfile.Stage("candidates.model_view")) view = ModelView.From(_model, output, i);
            var rankedCandidates = _ranker!.Rank(query.Precursors, view, query.Stored?.Id, query.Stored?.Doi);
            tier = rankedCandidates.Tier;
            using (StageProfile.Stage("candidates.describe")) ranked = _ranker.Describe(rankedCandidates, candidates);
            if (!ranked.Any(c => c.Sources.Contains(CandidateSources.Literature)))
                warnings.Add("no stored reaction with similar precursors reports a product these precursors can make: the candidates rest on the model alone");
        }
        using var describe = StageProfile.Stage("describe");
        var stoichiometry = StoichiometryOf(output, i, query, view, tier);
        var product = stoichiometry.InConventionalOrder(_ranker?.Generator.Literature.WrittenOrder(stoichiometry.Elements));
        // The simplest integer formula the ensemble's own spread allows: Na0.24Ni0.24O0.52 ± 0.026 reads as NaNiO2.
        var modelFormula = product.ToReadableFormula(Math.Max(0.01, output.Uncertainty[i]));
        var top = ranked.Count > 0 ? ranked[0].Fractions.ToDictionary(f => f.Key, f => f.Value) : null;
        var vocabulary = _model.Vocabulary.Elements;
        // Forbidden elements have probability exactly 0; below 0.001 an element is noise not worth listing.
        var elements = Enumerable.Range(0, vocabulary.Count)
            .Where(v => output.Present[i][v] || output.Probabilities[i][v] >= 0.001f || (top?.ContainsKey(vocabulary[v]) ?? false))
            .Select(v =>
            {
                var modelFraction = output.Present[i][v] ? stoichiometry[vocabulary[v]] : 0;
                return new ElementPrediction(vocabulary[v], top is null ? modelFraction : top.GetValueOrDefault(vocabulary[v]),
                    output.Present[i][v] ? output.FractionStd[i][v] : 0, output.Probabilities[i][v], modelFraction);
            })
            .OrderByDescending(e => e.Fraction).ThenByDescending(e => e.ModelFraction).ThenByDescending(e => e.Probability)
            .ToArray();
        return new ProductPrediction(ranked.Count > 0 ? ranked[0].Formula : modelFormula, elements, output.Uncertainty[i], neighbours, ranked, modelFormula, warnings);
    }

    /// <summary>
    /// The model's fractions of the product: the retrieval-aware stoichiometry's where the model has one (reading the
    /// tier the candidates were read from, else looking it up), else the regressor ensemble's mean.
    /// </summary>
    private Composition StoichiometryOf(ModelOutput output, int i, ReactionQuery query, ModelView? view, LiteratureTier? tier)
    {
        if (_stoichiometry is null) return _model.Product(output, i);
        using var stage = StageProfile.Stage("stoichiometry");
        tier ??= CandidateTraining.Tier(_ranker!.Generator.Literature, query.Precursors, query.Stored?.Id, query.Stored?.Doi);
        return _stoichiometry.Fractions(view ?? ModelView.From(_model, output, i), tier);
    }

    /// <summary>Top-k cosine similarities of each embedding against the index, exact or approximate; never the excluded row (-1: none).</summary>
    private IReadOnlyList<SimilarReaction>[] Nearest(float[][] embeddings, int k, int excludedRow) =>
        _index.Search.Nearest(embeddings, k, excludedRow).Select(found => (IReadOnlyList<SimilarReaction>)found
            .Select(n => (Reaction: _index.Reactions[n.Row], n.Similarity))
            .Select(n => new SimilarReaction(n.Reaction.Id, n.Reaction.Doi, n.Reaction.ReactionString, n.Reaction.TargetFormula, n.Similarity))
            .ToArray()).ToArray();

    public void Dispose()
    {
        _index.Dispose();
        _model.Dispose();
    }
}
