using Synthesis.Models.Caching;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Network;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Inference;

/// <summary>
/// The action embedding u of each action sequence (the autoencoder's LSTM: depends on the sequence alone), kept across
/// requests in a <see cref="BoundedCache{TKey,TValue}"/>. A batch's misses go through the encoder together, once.
/// </summary>
internal sealed class ActionEmbeddingCache(ActionAutoencoder autoencoder, int capacity)
{
    private readonly BoundedCache<string, float[]> _embeddings = new(capacity);

    public int Count => _embeddings.Count;

    /// <summary>[B, 32] u of each reaction of the batch.</summary>
    public Tensor Embed(ReactionBatch batch)
    {
        var keys = batch.Examples.Select(e => string.Join(',', e.Actions.Select(a => (int)a))).ToArray();
        var rows = new float[keys.Length][];
        var missing = _embeddings.Lookup(keys, rows);
        if (missing.Count > 0)
        {
            using var scope = NewDisposeScope();
            var first = tensor(missing.Values.Select(at => (long)at[0]).ToArray(), device: batch.Actions.device);
            var embedded = autoencoder.forward(batch.Actions.index_select(0, first), batch.ActionLengths.index_select(0, first)).cpu().data<float>().ToArray();
            var p = 0;
            foreach (var (key, at) in missing)
                _embeddings.Fill(key, embedded.AsSpan(p++ * ActionAutoencoder.HiddenSize, ActionAutoencoder.HiddenSize).ToArray(), at, rows);
        }
        return tensor(rows.SelectMany(r => r).ToArray(), [keys.Length, ActionAutoencoder.HiddenSize], device: batch.Actions.device);
    }
}
