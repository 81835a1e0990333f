using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>Turns a batch of reactions and their action embeddings into reaction embeddings [batch, NodeSize].</summary>
public interface IReactionEncoder
{
    Tensor Embed(ReactionBatch batch, Tensor actionEmbedding);
}

/// <summary>Which encoder a classifier member uses: the reaction graph, or the thesis' Magpie baseline.</summary>
public enum ReactionEncoderKind
{
    ReactionGraph,
    /// <summary>Precursor Magpie vectors in fixed slots (order as written, empty slots zero) → MLP; at most three precursors.</summary>
    MagpieSlots,
}
