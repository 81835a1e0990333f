using Synthesis.Models.Network;
using Synthesis.Models.Profiling;
using Synthesis.Models.Reactions.Encoding;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// The classifier members (reaction graph + element classifier) run as one for inference: every layer of all M members
/// is one batched product over their stacked weights (<see cref="StackedWeights"/>), so a forward pass makes the calls of
/// one member instead of M. Same functions as <see cref="ReactionGraph"/>, <see cref="MessagePassingLayer"/> (rearranged:
/// <see cref="StackedMessagePassing"/>), <see cref="AttentionPooling"/> and <see cref="ElementClassifier"/>, with a
/// leading member axis: nodes [M, N, D], edge hidden layers [M · E, 2HK] (members folded into the rows, <see cref="ReactionGraphLayout"/>),
/// reaction embeddings [M, B, D], logits [M, B, V].
/// </summary>
internal sealed class StackedClassifiers : IDisposable
{
    private readonly StackedWeights _weights;
    private readonly StackedMessagePassing[] _layers;
    private readonly Tensor _poolingHidden;      // [M, D + A, 2 · hidden]: the gate's and the message's hidden layers side by side
    private readonly Tensor _poolingHiddenBias;  // [M, 1, 2 · hidden]
    private readonly int _heads;
    private readonly int _hidden;

    public StackedClassifiers(IReadOnlyList<ElementClassifier> members, ReactionModelOptions options)
    {
        _weights = new StackedWeights(members);
        (_heads, _hidden) = (options.Heads, options.HiddenSize);
        _layers = Enumerable.Range(0, options.MessageLayers)
            .Select(l => new StackedMessagePassing(_weights, $"encoder.layers.{l}", options.Heads, options.HiddenSize)).ToArray();
        using var scope = NewDisposeScope();
        _poolingHidden = cat([_weights["encoder.pooling.gate.layers.0.weight"], _weights["encoder.pooling.message.layers.0.weight"]], 2)
            .contiguous().DetachFromDisposeScope();
        _poolingHiddenBias = cat([_weights["encoder.pooling.gate.layers.0.bias"], _weights["encoder.pooling.message.layers.0.bias"]], 1)
            .unsqueeze(1).contiguous().DetachFromDisposeScope();
    }

    public int Members => _weights.Members;

    /// <summary>Every member's node embedding h⁰ [M, P, D] of precursors' standardised Magpie vectors [P, 145]: what depends on a precursor alone.</summary>
    public Tensor EmbedPrecursors(Tensor features) => _weights.Linear(features, "encoder.embed");

    /// <param name="batch">the encoded reactions</param>
    /// <param name="actionEmbedding">[B, A] each reaction's u</param>
    /// <param name="nodes">[M, N, D] the batch's node embeddings h⁰ (<see cref="EmbedPrecursors"/>, e.g. cached), or null to compute them</param>
    public ClassifierEnsemble.Output Forward(ReactionBatch batch, Tensor actionEmbedding, Tensor? nodes = null)
    {
        Tensor context, embeddings, probabilities;
        ReactionGraphLayout layout;
        using (StageProfile.Stage("model.classifiers.embed"))
        {
            layout = ReactionGraphLayout.Of(batch, _weights.Members);
            nodes ??= EmbedPrecursors(batch.NodeFeatures);
            context = actionEmbedding.index_select(0, batch.NodeReaction).expand(_weights.Members, -1, -1);
        }
        using (StageProfile.Stage("model.classifiers.message_passing"))
            foreach (var layer in _layers)
                nodes = layer.Forward(nodes, context, layout);
        using (StageProfile.Stage("model.classifiers.pooling")) embeddings = Pool(nodes, context, layout);
        using (StageProfile.Stage("model.classifiers.head"))
            probabilities = AlchemyMask.Probabilities(_weights.Mlp(embeddings, "head"), batch.AllowedMask).mean([0]);
        return new ClassifierEnsemble.Output(probabilities, embeddings.mean([0]), embeddings.unbind(0));
    }

    /// <summary>
    /// <see cref="AttentionPooling"/> for all members: [M, N, D] nodes → [M, B, D] reaction embeddings; the gate's and the
    /// message's hidden layers (same input h ⊕ u) in one product, members folded into the rows for the softmax and the sum.
    /// </summary>
    private Tensor Pool(Tensor nodes, Tensor context, ReactionGraphLayout graph)
    {
        var (members, size) = (graph.Members, nodes.shape[2]);
        var input = cat([nodes, context], 2);
        if (StageProfile.Recording) StageProfile.CountMultiplyAdds(members * input.shape[1], _poolingHidden.shape[1], _poolingHidden.shape[2]);
        var hidden = nn.functional.relu(bmm(input, _poolingHidden).add_(_poolingHiddenBias));
        var gate = _weights.Linear(hidden.narrow(2, 0, _hidden), "encoder.pooling.gate.output").view(-1, _heads);
        var messages = _weights.Linear(hidden.narrow(2, _hidden, _hidden), "encoder.pooling.message.output").view(-1, _heads, size);
        var attention = SegmentSoftmax.Apply(gate, graph.Membership, members * graph.Reactions, graph.NodeGroups);
        return zeros(members * graph.Reactions, _heads, size, device: nodes.device)
            .index_add(0, graph.Membership, attention.unsqueeze(-1) * messages, Scalars.One)
            .view(members, graph.Reactions, _heads, size)
            .mean([2]);
    }

    public void Dispose()
    {
        foreach (var layer in _layers) layer.Dispose();
        _poolingHidden.Dispose();
        _poolingHiddenBias.Dispose();
        _weights.Dispose();
    }
}
