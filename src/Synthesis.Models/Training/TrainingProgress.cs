namespace Synthesis.Models.Training;

/// <summary>One finished epoch of one training stage, for progress displays and logs.</summary>
public sealed record TrainingProgress(
    string Stage,
    int Epoch,
    int MaxEpochs,
    double TrainLoss,
    double ValidationLoss,
    double BestValidationLoss,
    bool Improved,
    TimeSpan EpochTime,
    TimeSpan Remaining);
