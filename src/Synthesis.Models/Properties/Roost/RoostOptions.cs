namespace Synthesis.Models.Properties.Roost;

/// <summary>
/// Architecture and training of Roost (Goodall &amp; Lee, Nat. Commun. 11, 6280 (2020); thesis ch. 4). Defaults are the
/// published values, so a model.json written before an option existed still loads as what it was.
/// </summary>
public sealed record RoostOptions
{
    /// <summary>Node size d: matscholar200 → affine (d − 1) plus the element's fraction.</summary>
    public int NodeSize { get; init; } = 64;
    public int MessageLayers { get; init; } = 3;
    public int Heads { get; init; } = 3;
    /// <summary>Hidden width of the gate f and the message g (one LeakyReLU layer each), and of the pooling's.</summary>
    public int HiddenSize { get; init; } = 256;
    public int PoolingHeads { get; init; } = 3;
    /// <summary>The output network's hidden widths (ReLU, a skip around each layer).</summary>
    public int[] OutputHidden { get; init; } = [1024, 512, 256, 128, 64];

    /// <summary>Members of the ensemble, whose spread is the epistemic uncertainty.</summary>
    public int Members { get; init; } = 10;
    public double LearningRate { get; init; } = 3e-4;
    public int BatchSize { get; init; } = 128;
    public double WeightDecay { get; init; } = 1e-6;
    public int MaxEpochs { get; init; } = 250;
    /// <summary>Epochs without a better validation loss before a stage stops (the published schedule has none: 250).</summary>
    public int Patience { get; init; } = 250;
}
