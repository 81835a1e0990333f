using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Encoding;

/// <summary>
/// Turns reaction examples into <see cref="ReactionBatch"/> tensors on a device. Without the alchemy mask
/// (a baseline), every vocabulary element is allowed in every product.
/// </summary>
public sealed class ReactionBatcher(ElementVocabulary vocabulary, PrecursorFeaturizer featurizer, Device device, bool alchemyMask = true)
{
    public ElementVocabulary Vocabulary { get; } = vocabulary;
    public PrecursorFeaturizer Featurizer { get; } = featurizer;
    public Device Device { get; } = device;

    public ReactionBatch Build(IReadOnlyList<ReactionExample> examples)
    {
        var nodeFeatures = new List<float>();
        var nodeReaction = new List<long>();
        var edgeSource = new List<long>();
        var edgeTarget = new List<long>();
        var maxActions = Math.Max(1, examples.Max(e => e.Actions.Count));
        var actions = new long[examples.Count * maxActions];
        var lengths = new long[examples.Count];
        var allowed = new float[examples.Count * Vocabulary.Count];
        var mixture = new float[examples.Count * Vocabulary.Count];
        var hasProducts = examples.All(e => e.Product is not null);
        var presence = hasProducts ? new float[examples.Count * Vocabulary.Count] : null;
        var fractions = hasProducts ? new float[examples.Count * Vocabulary.Count] : null;

        for (var b = 0; b < examples.Count; b++)
        {
            var example = examples[b];
            var first = nodeReaction.Count;
            foreach (var precursor in example.Precursors)
            {
                nodeFeatures.AddRange(Featurizer.Features(precursor));
                nodeReaction.Add(b);
                foreach (var (element, fraction) in precursor.Normalised().Where(e => Vocabulary.Contains(e.Key)))
                    mixture[b * Vocabulary.Count + Vocabulary.IndexOf(element)] += (float)(fraction / example.Precursors.Count);
            }
            for (var i = first; i < nodeReaction.Count; i++)
            for (var j = first; j < nodeReaction.Count; j++)
                if (i != j)
                {
                    edgeSource.Add(j);
                    edgeTarget.Add(i);
                }
            for (var t = 0; t < example.Actions.Count; t++) actions[b * maxActions + t] = (long)example.Actions[t];
            lengths[b] = example.Actions.Count;
            if (alchemyMask)
                foreach (var element in example.AllowedElements().Where(Vocabulary.Contains))
                    allowed[b * Vocabulary.Count + Vocabulary.IndexOf(element)] = 1;
            else Array.Fill(allowed, 1f, b * Vocabulary.Count, Vocabulary.Count);
            if (example.Product is { } product)
                foreach (var (element, fraction) in product.Where(e => Vocabulary.Contains(e.Key)))
                {
                    presence![b * Vocabulary.Count + Vocabulary.IndexOf(element)] = 1;
                    fractions![b * Vocabulary.Count + Vocabulary.IndexOf(element)] = (float)fraction;
                }
        }

        return new ReactionBatch(
            examples,
            tensor(nodeFeatures.ToArray(), [nodeReaction.Count, PrecursorFeaturizer.Dimension], device: Device),
            tensor(nodeReaction.ToArray(), device: Device),
            tensor(edgeSource.ToArray(), device: Device),
            tensor(edgeTarget.ToArray(), device: Device),
            tensor(actions, [examples.Count, maxActions], device: Device),
            tensor(lengths, device: Device),
            tensor(allowed, [examples.Count, Vocabulary.Count], device: Device),
            tensor(mixture, [examples.Count, Vocabulary.Count], device: Device),
            presence is null ? null : tensor(presence, [examples.Count, Vocabulary.Count], device: Device),
            fractions is null ? null : tensor(fractions, [examples.Count, Vocabulary.Count], device: Device));
    }
}
