namespace Synthesis.Models.Training;

/// <summary>
/// How one stage trains: Adam at a fixed learning rate (with L2 weight decay, 0 for none), mini-batches, early
/// stopping on validation loss.
/// </summary>
/// <param name="DecoupledWeightDecay">AdamW (Loshchilov &amp; Hutter): the decay shrinks the weights directly instead of joining the gradient as L2</param>
public sealed record EpochSettings(int MaxEpochs, int Patience, int BatchSize, double LearningRate, int Seed, double WeightDecay = 0, bool DecoupledWeightDecay = false);
