using Synthesis.Models.Network;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// The classifier members (reaction graph + element classifier) run as one for inference: every layer of all M members
/// is one batched product over their stacked weights (<see cref="StackedWeights"/>), so a forward pass makes the calls of
/// one member instead of M. Same functions as <see cref="ReactionGraph"/>, <see cref="MessagePassingLayer"/>,
/// <see cref="AttentionPooling"/> and <see cref="ElementClassifier"/>, with a leading member axis: nodes [M, N, D],
/// edge hidden layers [M, E, 2, H, K], reaction embeddings [M, B, D], logits [M, B, V].
/// </summary>
internal sealed class StackedClassifiers(IReadOnlyList<ElementClassifier> members, ReactionModelOptions options) : IDisposable
{
    private readonly StackedWeights _weights = new(members);
    private readonly int _heads = options.Heads;
    private readonly int _hidden = options.HiddenSize;
    private readonly int _layers = options.MessageLayers;

    public ClassifierEnsemble.Output Forward(ReactionBatch batch, Tensor actionEmbedding)
    {
        var nodes = _weights.Linear(batch.NodeFeatures, "encoder.embed");
        var context = actionEmbedding.index_select(0, batch.NodeReaction).expand(_weights.Members, -1, -1);
        for (var layer = 0; layer < _layers; layer++)
            nodes = MessagePassing($"encoder.layers.{layer}", nodes, context, batch.EdgeSource, batch.EdgeTarget);
        var embeddings = Pool(nodes, context, batch.NodeReaction, batch.Size);
        var logits = _weights.Mlp(embeddings, "head");
        var probabilities = AlchemyMask.Probabilities(logits, batch.AllowedMask).mean([0]);
        return new ClassifierEnsemble.Output(probabilities, embeddings.mean([0]), embeddings.unbind(0));
    }

    /// <summary><see cref="MessagePassingLayer"/> for all members: h_i ← h_i + mean over heads of Σ_j a_ij g(h_i ⊕ h_j ⊕ u).</summary>
    private Tensor MessagePassing(string layer, Tensor nodes, Tensor context, Tensor source, Tensor target)
    {
        var (members, nodeCount, size, edges) = (nodes.shape[0], nodes.shape[1], nodes.shape[2], source.shape[0]);
        var hidden = nn.functional.leaky_relu(
                _weights.Linear(cat([nodes, context], 2), $"{layer}.targetSide").index_select(1, target)
                + _weights.Linear(nodes, $"{layer}.sourceSide").index_select(1, source))
            .view(members, edges, 2, _heads, _hidden);
        var scores = (hidden.select(2, 0) * _weights[$"{layer}.gateWeight"].unsqueeze(1)).sum(-1) + _weights[$"{layer}.gateBias"].unsqueeze(1);
        var attention = SegmentSoftmax.Apply(scores.transpose(0, 1), target, nodeCount).transpose(0, 1);
        var messages = bmm(hidden.select(2, 1).permute(0, 2, 1, 3).reshape(members * _heads, edges, _hidden),
                _weights[$"{layer}.messageWeight"].view(members * _heads, _hidden, size))
            .view(members, _heads, edges, size).permute(0, 2, 1, 3) + _weights[$"{layer}.messageBias"].unsqueeze(1);
        var update = zeros(members, nodeCount, _heads, size, device: nodes.device)
            .index_add(1, target, attention.unsqueeze(-1) * messages, Scalars.One);
        return nodes + update.mean([2]);
    }

    /// <summary><see cref="AttentionPooling"/> for all members: [M, N, D] nodes → [M, B, D] reaction embeddings.</summary>
    private Tensor Pool(Tensor nodes, Tensor context, Tensor membership, long reactions)
    {
        var (members, size) = (nodes.shape[0], nodes.shape[2]);
        var input = cat([nodes, context], 2);
        var attention = SegmentSoftmax.Apply(_weights.Mlp(input, "encoder.pooling.gate").transpose(0, 1), membership, reactions).transpose(0, 1);
        var messages = _weights.Mlp(input, "encoder.pooling.message").view(members, -1, _heads, size);
        return zeros(members, reactions, _heads, size, device: nodes.device)
            .index_add(1, membership, attention.unsqueeze(-1) * messages, Scalars.One)
            .mean([2]);
    }

    public void Dispose() => _weights.Dispose();
}
