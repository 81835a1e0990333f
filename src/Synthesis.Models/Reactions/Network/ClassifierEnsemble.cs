using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// The classifier members together: mean masked probabilities, the averaged reaction embedding r̄ (neighbours
/// and the thesis' regressor input) and the members' embeddings side by side.
/// </summary>
public static class ClassifierEnsemble
{
    public sealed record Output(Tensor Probabilities, Tensor Embedding, IReadOnlyList<Tensor> MemberEmbeddings)
    {
        /// <summary>Concatenates the members' embeddings only when a model asks for them, not on every forward pass.</summary>
        public Tensor RegressorContext(ReactionModelOptions options) =>
            options.RegressorContext == Reactions.RegressorContext.MemberEmbeddings ? cat(MemberEmbeddings.ToArray(), 1) : Embedding;
    }

    public static Output Forward(IReadOnlyList<ElementClassifier> members, ReactionBatch batch, Tensor actionEmbedding)
    {
        var outputs = members.Select(c => c.Forward(batch, actionEmbedding)).ToArray();
        var probabilities = stack(outputs.Select(o => AlchemyMask.Probabilities(o.Logits, batch.AllowedMask)).ToArray()).mean([0]);
        var embeddings = outputs.Select(o => o.Embedding).ToArray();
        return new Output(probabilities, stack(embeddings).mean([0]), embeddings);
    }
}
