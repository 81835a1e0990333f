using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>The classifier members together: mean masked probabilities and the averaged reaction embedding r̄.</summary>
public static class ClassifierEnsemble
{
    public static (Tensor Probabilities, Tensor Embedding) Forward(IReadOnlyList<ElementClassifier> members, ReactionBatch batch, Tensor actionEmbedding)
    {
        var outputs = members.Select(c => c.Forward(batch, actionEmbedding)).ToArray();
        var probabilities = stack(outputs.Select(o => AlchemyMask.Probabilities(o.Logits, batch.AllowedMask)).ToArray()).mean([0]);
        var embedding = stack(outputs.Select(o => o.Embedding).ToArray()).mean([0]);
        return (probabilities, embedding);
    }
}
