namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// One node of a Wren graph: one occupied Wyckoff set (an orbit of sites all holding <see cref="Element"/>).
/// </summary>
/// <param name="Element">The element on the set's sites; Wren embeds it with matscholar200 (200-d).</param>
/// <param name="Letter">The Wyckoff position the set lies on.</param>
/// <param name="WyckoffEmbedding">The position's 444-d embedding from bra-alg-off.json (shared, do not write).</param>
/// <param name="Weight">
/// The set's fractional multiplicity: its sites over all sites of the conventional cell, w_i = m_i / Σ_j m_j, so the
/// weights of a graph sum to 1. Wren's site input is [embedding ‖ w] (445 values, <see cref="SiteFeatures"/>).
/// </param>
public sealed record WrenNode(string Element, char Letter, ReadOnlyMemory<float> WyckoffEmbedding, double Weight)
{
    /// <summary>Length of <see cref="SiteFeatures"/>: the 444-d embedding and the weight.</summary>
    public const int SiteFeatureCount = WyckoffTables.EmbeddingDimension + 1;

    /// <summary>The Wyckoff embedding with the weight appended: [e_1 … e_444, w], shape [445].</summary>
    public float[] SiteFeatures()
    {
        var features = new float[SiteFeatureCount];
        WyckoffEmbedding.Span.CopyTo(features);
        features[^1] = (float)Weight;
        return features;
    }
}
