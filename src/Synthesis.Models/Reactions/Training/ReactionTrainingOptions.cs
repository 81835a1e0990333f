namespace Synthesis.Models.Reactions.Training;

/// <summary>
/// How the reaction model is trained. Adam at 1e-3 with batch 256 (Roost's and the thesis' optimiser; the
/// rate is the largest of 3e-4, 1e-3, 3e-3 whose validation loss fell smoothly on a 1-member trial), early
/// stopping on the validation loss.
/// </summary>
public sealed record ReactionTrainingOptions
{
    public ReactionModelOptions Model { get; init; } = new();
    public int Members { get; init; } = 5;
    /// <summary>Train only this member (0-based) and stop; lets members train in separate processes or sessions.</summary>
    public int? OnlyMember { get; init; }
    public int MaxEpochs { get; init; } = 150;
    public int Patience { get; init; } = 15;
    public int AutoencoderEpochs { get; init; } = 60;
    public int BatchSize { get; init; } = 256;
    public double LearningRate { get; init; } = 1e-3;
    public int Seed { get; init; } = 42;
}
