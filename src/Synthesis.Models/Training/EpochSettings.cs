namespace Synthesis.Models.Training;

/// <summary>
/// How one stage trains: Adam at a fixed learning rate (with L2 weight decay, 0 for none), mini-batches, early
/// stopping on validation loss.
/// </summary>
public sealed record EpochSettings(int MaxEpochs, int Patience, int BatchSize, double LearningRate, int Seed, double WeightDecay = 0);
