using Synthesis.Data.Properties;

namespace Synthesis.Models.Properties.Roost;

/// <summary>
/// What a Roost ensemble learns from: optional pre-training rows (e.g. Materials Project band gaps with every
/// experimental composition removed) for <paramref name="PretrainEpochs"/> epochs, then the training rows with
/// early stopping on the validation rows. All weights are fine-tuned. <paramref name="Split"/> says how the test rows
/// (never in <paramref name="Train"/> or <paramref name="Validation"/>) were held out; model.json records it.
/// </summary>
public sealed record RoostTrainingPlan(
    string Target,
    string Unit,
    string TrainingData,
    IReadOnlyList<PropertyRecord> Train,
    IReadOnlyList<PropertyRecord> Validation,
    IReadOnlyList<PropertyRecord>? PretrainTrain = null,
    IReadOnlyList<PropertyRecord>? PretrainValidation = null,
    int PretrainEpochs = 0,
    int Seed = 42,
    PropertySplitKind Split = PropertySplitKinds.Default);
