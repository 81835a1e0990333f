using Synthesis.Models.Caching;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Network;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Inference;

/// <summary>
/// The classifier members' node embeddings h⁰ of each precursor formula (standardised Magpie vector through every
/// member's embedding layer: a precursor's own work, the same in every reaction), kept across requests in a
/// <see cref="BoundedCache{TKey,TValue}"/>. A batch's misses go through the layer together, once.
/// </summary>
internal sealed class PrecursorNodeCache(StackedClassifiers classifiers, PrecursorFeaturizer featurizer, int capacity, int nodeSize)
{
    /// <summary>formula → h⁰ of every member, member-major [M · D]</summary>
    private readonly BoundedCache<string, float[]> _embeddings = new(capacity);

    public int Count => _embeddings.Count;

    /// <summary>[M, N, D] h⁰ of the batch's precursors in node order (as <see cref="ReactionBatcher"/> lays them out).</summary>
    public Tensor Nodes(ReactionBatch batch)
    {
        var formulas = batch.Examples.SelectMany(e => e.Precursors.Select(p => (Formula: p.ToFormula(), Precursor: p))).ToArray();
        var rows = new float[formulas.Length][];
        var missing = _embeddings.Lookup(formulas.Select(f => f.Formula).ToArray(), rows);
        if (missing.Count > 0) Embed(missing, formulas, rows);

        var (members, nodes) = (classifiers.Members, formulas.Length);
        var flat = new float[members * nodes * nodeSize];
        for (var n = 0; n < nodes; n++)
            for (var m = 0; m < members; m++)
                Array.Copy(rows[n], m * nodeSize, flat, (m * nodes + n) * nodeSize, nodeSize);
        return tensor(flat, [members, nodes, nodeSize], device: batch.NodeFeatures.device);
    }

    private void Embed(Dictionary<string, List<int>> missing, (string Formula, Chemistry.Formulas.Composition Precursor)[] formulas, float[][] rows)
    {
        using var scope = NewDisposeScope();
        var distinct = missing.Keys.ToArray();
        var features = distinct.SelectMany(f => featurizer.Features(formulas[missing[f][0]].Precursor)).ToArray();
        var embedded = classifiers.EmbedPrecursors(tensor(features, [distinct.Length, PrecursorFeaturizer.Dimension]))   // [M, P, D]
            .permute(1, 0, 2).contiguous().data<float>().ToArray();
        var size = classifiers.Members * nodeSize;
        for (var p = 0; p < distinct.Length; p++)
            _embeddings.Fill(distinct[p], embedded.AsSpan(p * size, size).ToArray(), missing[distinct[p]], rows);
    }
}
