using System.Text.Json.Nodes;
using TorchSharp;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Network;
using Synthesis.Models.Reactions.Training;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Export;

/// <summary>
/// Writes what an independent implementation of the reaction model needs to check ours (bench/torch_reference): every
/// weight, a set of reactions encoded as the model sees them, our outputs for them, and one training step's loss and
/// gradients. A <see cref="TensorArchive"/>; the index also holds the model's options, threshold, elements and the
/// reaction ids. Tensors:
/// <list type="bullet">
/// <item><c>weights.autoencoder.*</c>, <c>weights.classifier.K.*</c>, <c>weights.regressor.K.*</c>: parameters by
/// their TorchSharp names (float32, as loaded from the float16 files).</item>
/// <item><c>inputs.*</c>: the <see cref="ReactionBatch"/> of all reactions (node_features [N, 145], node_reaction [N],
/// edge_source / edge_target [E], actions [B, steps], action_lengths [B], allowed_mask, precursor_mixture,
/// product_presence, product_fractions [B, V]) and element_vectors [V, 200].</item>
/// <item><c>outputs.*</c>: <see cref="ReactionModel.Predict"/>'s answer (probabilities, present, fractions,
/// fraction_std [B, V], uncertainty [B], embedding [B, NodeSize]), in its serving batches of 128.</item>
/// <item><c>training.inputs.*</c>: the first <see cref="TrainingBatch"/> reactions encoded alone;
/// <c>training.classifier.loss</c> and <c>.grad.*</c>: the masked element loss of classifier member 0 and its gradients;
/// <c>training.regressor.context</c>, <c>.loss</c>, <c>.grad.*</c>: regressor member 0's fraction loss on the true
/// product elements given the ensemble's context, and its gradients.</item>
/// </list>
/// </summary>
public static class ReferenceExport
{
    /// <summary>Reactions in the training step: the trainer's batch size.</summary>
    public const int TrainingBatch = 256;

    /// <summary>The reactions an export of a trained model takes: the first of its split's test set, then of validation.</summary>
    public static ReactionExample[] Reactions(TrainingData data, int count) => data.Test.Concat(data.Validation).Take(count).ToArray();

    public static void Write(ReactionModel model, IReadOnlyList<ReactionExample> examples, string directory)
    {
        if (examples.Count == 0 || examples.Any(e => e.Product is null))
            throw new ArgumentException("the export needs at least one reaction, each with its recorded product");
        using var archive = new TensorArchive(directory);
        archive.Describe("model", Describe(model));
        archive.Describe("reactions", new JsonArray(examples.Select(e => (JsonNode)e.Id).ToArray()));

        AddWeights(archive, "weights.autoencoder", model.Autoencoder);
        for (var k = 0; k < model.Classifiers.Count; k++) AddWeights(archive, $"weights.classifier.{k}", model.Classifiers[k]);
        for (var k = 0; k < model.Regressors.Count; k++) AddWeights(archive, $"weights.regressor.{k}", model.Regressors[k]);

        using (var scope = NewDisposeScope())
        {
            AddBatch(archive, "inputs", model.Batcher.Build(examples));
            archive.Add("inputs.element_vectors", StoichiometryRegressor.ElementVectors(model.Vocabulary, CPU));
        }
        AddOutputs(archive, model.Predict(examples));
        AddTrainingStep(archive, model, examples.Take(TrainingBatch).ToArray());
    }

    private static JsonObject Describe(ReactionModel model) => new()
    {
        ["version"] = model.Manifest.Version,
        ["options"] = TensorArchive.ToJson(model.Manifest.Options, ModelFiles.Json),
        ["members"] = model.Manifest.Members,
        ["threshold"] = model.Manifest.Threshold,
        ["elements"] = new JsonArray(model.Vocabulary.Elements.Select(e => (JsonNode)e).ToArray()),
    };

    private static void AddWeights(TensorArchive archive, string prefix, nn.Module module)
    {
        foreach (var (name, parameter) in module.named_parameters()) archive.Add($"{prefix}.{name}", parameter);
    }

    private static void AddBatch(TensorArchive archive, string prefix, ReactionBatch batch)
    {
        (string Name, Tensor? Tensor)[] parts =
        [
            ("node_features", batch.NodeFeatures), ("node_reaction", batch.NodeReaction), ("edge_source", batch.EdgeSource),
            ("edge_target", batch.EdgeTarget), ("actions", batch.Actions), ("action_lengths", batch.ActionLengths),
            ("allowed_mask", batch.AllowedMask), ("precursor_mixture", batch.PrecursorMixture),
            ("product_presence", batch.ProductPresence), ("product_fractions", batch.ProductFractions),
        ];
        foreach (var (name, tensor) in parts) archive.Add($"{prefix}.{name}", tensor!);
    }

    private static void AddOutputs(TensorArchive archive, ModelOutput output)
    {
        using var scope = NewDisposeScope();
        archive.Add("outputs.probabilities", Matrix(output.Probabilities));
        archive.Add("outputs.present", Matrix(output.Present.Select(r => r.Select(p => p ? 1f : 0f).ToArray()).ToArray()).to(@bool));
        archive.Add("outputs.fractions", Matrix(output.Fractions));
        archive.Add("outputs.fraction_std", Matrix(output.FractionStd));
        archive.Add("outputs.uncertainty", tensor(output.Uncertainty));
        archive.Add("outputs.embedding", Matrix(output.Embeddings));
    }

    private static Tensor Matrix(float[][] rows) => tensor(rows.SelectMany(r => r).ToArray(), [rows.Length, rows[0].Length]);

    /// <summary>Loss and gradients of member 0's classifier and regressor, exactly as the trainer computes them.</summary>
    private static void AddTrainingStep(TensorArchive archive, ReactionModel model, ReactionExample[] examples)
    {
        using var work = BatchScope.Begin();
        var batch = model.Batcher.Build(examples);
        AddBatch(archive, "training.inputs", batch);
        Tensor u, context;
        using (inference_mode())
        {
            u = model.ActionEmbedding(batch);
            context = ClassifierEnsemble.Forward(model.Classifiers, batch, u).RegressorContext(model.Manifest.Options);
        }
        var classifier = model.Classifiers[0];
        var (_, logits) = classifier.Forward(batch, u.clone());
        AddGradients(archive, "training.classifier", classifier, AlchemyMask.Loss(logits, batch.ProductPresence!, batch.AllowedMask));

        var regressor = model.Regressors[0];
        var targets = batch.ProductFractions!;
        var elementVectors = StoichiometryRegressor.ElementVectors(model.Vocabulary, CPU);
        archive.Add("training.regressor.context", context);
        var predicted = regressor.Fractions(context.clone(), batch.PrecursorMixture, elementVectors, targets.gt(0).to(float32));
        AddGradients(archive, "training.regressor", regressor, StoichiometryRegressor.Loss(model.Manifest.Options.RegressorLoss, predicted, targets));
    }

    private static void AddGradients(TensorArchive archive, string prefix, nn.Module module, Tensor loss)
    {
        module.zero_grad();
        loss.backward();
        archive.Add($"{prefix}.loss", loss);
        foreach (var (name, parameter) in module.named_parameters()) archive.Add($"{prefix}.grad.{name}", parameter.grad!);
        module.zero_grad();
    }
}
