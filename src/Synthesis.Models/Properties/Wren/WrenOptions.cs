namespace Synthesis.Models.Properties.Wren;

/// <summary>
/// Architecture and training of Wren (Goodall et al., Sci. Adv. 8, eabn4117 (2022); thesis ch. 6). Defaults are the
/// published values, so a model.json written before an option existed still loads as what it was.
/// </summary>
public sealed record WrenOptions
{
    /// <summary>Width of each half of a node: matscholar200 → affine, and Wyckoff embedding ⊕ weight (445) → affine; d = 2 × this.</summary>
    public int HalfNodeSize { get; init; } = 32;
    public int MessageLayers { get; init; } = 3;
    public int Heads { get; init; } = 1;
    /// <summary>Hidden width of the gate f and the message g (one LeakyReLU layer each), and of the pooling's.</summary>
    public int HiddenSize { get; init; } = 256;
    public int PoolingHeads { get; init; } = 1;
    /// <summary>The output network's hidden widths (ReLU, a skip around each layer).</summary>
    public int[] OutputHidden { get; init; } = [256, 256, 128, 64];

    /// <summary>Members of the ensemble, whose spread is the epistemic uncertainty.</summary>
    public int Members { get; init; } = 10;
    /// <summary>AdamW (decoupled weight decay).</summary>
    public double LearningRate { get; init; } = 3e-4;
    public int BatchSize { get; init; } = 128;
    public double WeightDecay { get; init; } = 1e-6;
    /// <summary>Our ceiling, not a published figure (the paper's schedule is not restated here); early stopping keeps the best epoch.</summary>
    public int MaxEpochs { get; init; } = 300;
    /// <summary>Epochs without a better validation loss before training stops (the published schedule has none).</summary>
    public int Patience { get; init; } = 300;

    public int NodeSize => 2 * HalfNodeSize;
}
