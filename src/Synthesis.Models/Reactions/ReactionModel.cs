using System.Text.Json;
using Synthesis.Chemistry.Formulas;
using TorchSharp;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Inference;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Profiling;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions;

/// <summary>
/// A trained reaction model: the action autoencoder, the classifier members and the regressor members,
/// with what they were trained on (vocabulary, feature scaling, threshold). Saved as a folder:
/// model.json, autoencoder.bin, classifier-k.bin, regressor-k.bin (weights stored as float16).
/// </summary>
public sealed class ReactionModel : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Tensor _elementVectors;
    private readonly StackedClassifiers? _stackedClassifiers;
    private readonly StackedRegressors _stackedRegressors;
    private readonly PrecursorNodeCache? _precursorNodes;
    private readonly ActionEmbeddingCache? _actionEmbeddings;

    /// <param name="caches">what the stacked forward pass keeps between requests (default <see cref="InferenceCacheOptions.Default"/>)</param>
    public ReactionModel(string directory, ReactionModelManifest manifest, ActionAutoencoder autoencoder,
        IReadOnlyList<ElementClassifier> classifiers, IReadOnlyList<StoichiometryRegressor> regressors, Device device,
        InferenceCacheOptions? caches = null)
    {
        caches ??= InferenceCacheOptions.Default;
        Directory = directory;
        Manifest = manifest;
        Autoencoder = autoencoder;
        Classifiers = classifiers;
        Regressors = regressors;
        Vocabulary = new ElementVocabulary(manifest.Elements);
        Batcher = new ReactionBatcher(Vocabulary, new PrecursorFeaturizer(manifest.FeatureMean, manifest.FeatureScale, caches.Precursors), device,
            manifest.Options.UseAlchemyMask);
        _elementVectors = StoichiometryRegressor.ElementVectors(Vocabulary, device);
        foreach (var module in Modules()) module.eval();
        _stackedClassifiers = manifest.Options.Encoder == ReactionEncoderKind.ReactionGraph ? new StackedClassifiers(classifiers, manifest.Options) : null;
        _stackedRegressors = new StackedRegressors(regressors);
        if (_stackedClassifiers is not null && caches.Precursors > 0)
            _precursorNodes = new PrecursorNodeCache(_stackedClassifiers, Batcher.Featurizer, caches.Precursors, manifest.Options.NodeSize);
        if (manifest.Options.UseActions && caches.ActionSequences > 0) _actionEmbeddings = new ActionEmbeddingCache(autoencoder, caches.ActionSequences);
    }

    /// <summary>Entries held by the inference caches: precursors, action sequences.</summary>
    public (int Precursors, int ActionSequences) CachedEntries => (_precursorNodes?.Count ?? 0, _actionEmbeddings?.Count ?? 0);

    /// <summary>
    /// Reactions a forward pass takes at once. Activations grow with the batch's precursor pairs (up to 90 a reaction,
    /// × 3 heads × 256 units, per message-passing layer and member), and what glibc once held it rarely returns: 512
    /// reached 4.8 GB resident embedding the first start's 23,248 reactions, 128 peaked at 2.1 GB (bench/README.md,
    /// "Reliability"). With the members stacked every activation is M times larger, and 32 reactions a pass ran 1.5–1.6×
    /// the reactions/s of 128 a pass (each beside the members one by one at 128, interleaved in one run:
    /// bench/model-speed.sh profile, results/bench/predict-profile.json): the smaller activations stay in cache and are not
    /// mapped and faulted in afresh, and libtorch's ~300 calls a pass are still spread over 32 reactions.
    /// </summary>
    public const int InferenceBatch = 32;

    /// <summary>The folder the model was saved to or loaded from.</summary>
    public string Directory { get; }
    public ReactionModelManifest Manifest { get; }
    public ActionAutoencoder Autoencoder { get; }
    public IReadOnlyList<ElementClassifier> Classifiers { get; }
    public IReadOnlyList<StoichiometryRegressor> Regressors { get; }
    public ElementVocabulary Vocabulary { get; }
    public ReactionBatcher Batcher { get; }

    /// <summary>Runs the whole ensemble. Thread-safe: calls are serialised, since two cores gain nothing from overlapping them.</summary>
    public ModelOutput Predict(IReadOnlyList<ReactionExample> examples, int batchSize = InferenceBatch)
    {
        var parts = new List<ModelOutput>();
        lock (_gate)
        {
            for (var start = 0; start < examples.Count; start += batchSize)
                parts.Add(PredictBatch(examples.Skip(start).Take(batchSize).ToArray()));
        }
        return new ModelOutput(
            [.. parts.SelectMany(p => p.Probabilities)], [.. parts.SelectMany(p => p.Present)],
            [.. parts.SelectMany(p => p.Fractions)], [.. parts.SelectMany(p => p.FractionStd)],
            [.. parts.SelectMany(p => p.Uncertainty)], [.. parts.SelectMany(p => p.Embeddings)]);
    }

    /// <summary>Only the averaged reaction embeddings r̄ (no regressors): what the neighbour index needs.</summary>
    /// <param name="embedded">told after each batch how many of the examples are embedded so far, and of how many</param>
    public float[][] Embed(IReadOnlyList<ReactionExample> examples, int batchSize = InferenceBatch, Action<int, int>? embedded = null)
    {
        var rows = new List<float[]>();
        lock (_gate)
        {
            foreach (var chunk in examples.Chunk(batchSize))
            {
                using var work = BatchScope.ForInference(chunk.Length);
                using var inference = inference_mode();
                var batch = Batcher.Build(chunk);
                rows.AddRange(Rows(Classify(batch, ServedActionEmbedding(batch, stacked: true), stacked: true).Embedding));
                embedded?.Invoke(rows.Count, examples.Count);
            }
        }
        return [.. rows];
    }

    private ModelOutput PredictBatch(IReadOnlyList<ReactionExample> examples)
    {
        BatchScope work;
        using (StageProfile.Stage("model.gc_pause")) work = BatchScope.ForInference(examples.Count);
        using (work)
        {
            using var inference = inference_mode();
            ReactionBatch batch;
            using (StageProfile.Stage("model.encode")) batch = Batcher.Build(examples);
            return Forward(batch);
        }
    }

    /// <summary>
    /// The whole ensemble on an already encoded batch, read back as arrays: what <see cref="Predict"/> does after
    /// encoding. Tensors are left to the caller's dispose scope; call it inside inference_mode.
    /// </summary>
    /// <param name="stacked">
    /// true (what <see cref="Predict"/> and <see cref="Embed"/> use): all members' layers as batched products over their
    /// stacked weights; false: member by member, the modules training uses (the two agree within float rounding).
    /// </param>
    public ModelOutput Forward(ReactionBatch batch, bool stacked = true)
    {
        using var serialised = _gate.EnterScope();
        Tensor u;
        using (StageProfile.Stage("model.actions")) u = ServedActionEmbedding(batch, stacked);
        ClassifierEnsemble.Output ensemble;
        using (StageProfile.Stage("model.classifiers")) ensemble = Classify(batch, u, stacked);
        Tensor present, mean, std, uncertainty;
        using (StageProfile.Stage("model.regressors"))
        {
            present = ChooseElements(ensemble.Probabilities, (float)Manifest.Threshold);
            var context = ensemble.RegressorContext(Manifest.Options);
            var members = stacked ? _stackedRegressors.Fractions(context, batch.PrecursorMixture, _elementVectors, present)
                : stack(Regressors.Select(r => r.Fractions(context, batch.PrecursorMixture, _elementVectors, present)).ToArray());
            mean = members.mean([0]);
            std = members.std(0, unbiased: false);
            uncertainty = members.var(0, unbiased: false).sum(1).sqrt();
        }
        using var readBack = StageProfile.Stage("model.read_back");
        return new ModelOutput(Rows(ensemble.Probabilities), Rows(present).Select(r => r.Select(v => v > 0.5f).ToArray()).ToArray(),
            Rows(mean), Rows(std), uncertainty.cpu().data<float>().ToArray(), Rows(ensemble.Embedding));
    }

    /// <summary>Stacked: every member at once, with the cached node embeddings of the precursors; else member by member, nothing cached.</summary>
    private ClassifierEnsemble.Output Classify(ReactionBatch batch, Tensor u, bool stacked) =>
        stacked && _stackedClassifiers is { } together ? together.Forward(batch, u, _precursorNodes?.Nodes(batch))
            : ClassifierEnsemble.Forward(Classifiers, batch, u);

    /// <summary>u as served: from the cache on the stacked path, else computed.</summary>
    private Tensor ServedActionEmbedding(ReactionBatch batch, bool stacked) =>
        stacked && _actionEmbeddings is { } cache ? cache.Embed(batch) : ActionEmbedding(batch);

    /// <summary>Action embeddings u, or zeros for the no-actions ablation.</summary>
    public Tensor ActionEmbedding(ReactionBatch batch) => ActionEmbedding(Autoencoder, Manifest.Options, batch);

    public static Tensor ActionEmbedding(ActionAutoencoder autoencoder, ReactionModelOptions options, ReactionBatch batch) =>
        options.UseActions ? autoencoder.forward(batch.Actions, batch.ActionLengths)
            : zeros(batch.Size, ActionAutoencoder.HiddenSize, device: batch.NodeFeatures.device);

    /// <summary>Elements above the threshold; a product has at least two elements, so the two likeliest allowed ones are always kept.</summary>
    public static Tensor ChooseElements(Tensor probabilities, float threshold)
    {
        var chosen = probabilities.ge(threshold).to(float32);
        var top2 = probabilities.topk(2, 1).indexes;
        var topAllowed = probabilities.gather(1, top2).gt(0);
        return chosen.scatter(1, top2, maximum(chosen.gather(1, top2), topAllowed.to(float32)));
    }

    /// <summary>The predicted product of reaction <paramref name="index"/> of an output, fractions over the chosen elements.</summary>
    public Composition Product(ModelOutput output, int index) =>
        Composition.From(Vocabulary.Elements.Select((e, v) => KeyValuePair.Create(e, (double)output.Fractions[index][v]))
            .Where((_, v) => output.Present[index][v] && output.Fractions[index][v] > 0));

    private static float[][] Rows(Tensor matrix)
    {
        var cpu = matrix.to(float32).cpu();
        var columns = (int)cpu.shape[1];
        var flat = cpu.data<float>().ToArray();
        return Enumerable.Range(0, (int)cpu.shape[0]).Select(i => flat.AsSpan(i * columns, columns).ToArray()).ToArray();
    }

    private IEnumerable<nn.Module> Modules() => [Autoencoder, .. Classifiers, .. Regressors];

    public void Save(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        ModelFiles.SaveCompact(Autoencoder, Path.Combine(directory, ModelFiles.Autoencoder));
        for (var k = 0; k < Classifiers.Count; k++) ModelFiles.SaveCompact(Classifiers[k], Path.Combine(directory, ModelFiles.Classifier(k)));
        for (var k = 0; k < Regressors.Count; k++) ModelFiles.SaveCompact(Regressors[k], Path.Combine(directory, ModelFiles.Regressor(k)));
        ModelFiles.WriteAtomically(Path.Combine(directory, ModelFiles.Manifest), JsonSerializer.SerializeToUtf8Bytes(Manifest, ModelFiles.Json));
    }

    public static ReactionModel Load(string directory, Device device, InferenceCacheOptions? caches = null)
    {
        var manifest = ReactionModelManifest.Read(directory);
        var autoencoder = ModelFiles.LoadCompact(new ActionAutoencoder(), Path.Combine(directory, ModelFiles.Autoencoder), device);
        var classifiers = Enumerable.Range(0, manifest.Members)
            .Select(k => ModelFiles.LoadCompact(new ElementClassifier(manifest.Options, manifest.Elements.Length), Path.Combine(directory, ModelFiles.Classifier(k)), device))
            .ToArray();
        var regressors = Enumerable.Range(0, manifest.Members)
            .Select(k => ModelFiles.LoadCompact(new StoichiometryRegressor(manifest.Options, manifest.Members, manifest.Elements.Length), Path.Combine(directory, ModelFiles.Regressor(k)), device))
            .ToArray();
        return new ReactionModel(directory, manifest, autoencoder, classifiers, regressors, device, caches);
    }

    public void Dispose()
    {
        _elementVectors.Dispose();
        _stackedClassifiers?.Dispose();
        _stackedRegressors.Dispose();
        foreach (var module in Modules()) module.Dispose();
    }
}
