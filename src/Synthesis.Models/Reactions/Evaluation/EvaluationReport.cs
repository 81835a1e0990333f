namespace Synthesis.Models.Reactions.Evaluation;

/// <summary>
/// metrics.json: the model's and the Null baseline's test figures, the autoencoder's reconstruction, provenance, and the
/// candidate-product table (lookups, ranked candidates, ablations; null when the data carries no stored reactions).
/// </summary>
public sealed record EvaluationReport(
    string ModelVersion,
    string Split,
    int MaxPrecursors,
    int TestReactions,
    double Threshold,
    ReactionMetrics Model,
    ReactionMetrics Null,
    double ActionReconstructionSequenceAccuracy,
    double ActionReconstructionStepAccuracy,
    IReadOnlyList<UncertaintyStep> ErrorWhenMostUncertainRemoved,
    SameInputsComparison? SameInputsInTraining,
    CandidateReport? Candidates);

/// <summary>
/// The test reactions whose exact inputs (precursors and actions) also occur in training: the model's figures on them
/// beside those of the average recorded product of their training twins (<see cref="Baselines.SameInputsBaseline"/>).
/// </summary>
public sealed record SameInputsComparison(int Reactions, double ShareOfTest, ReactionMetrics Model, ReactionMetrics AverageOfTwins);

/// <summary>Mean EleMD of the reactions kept after removing the given share of the most uncertain predictions.</summary>
public sealed record UncertaintyStep(double RemovedFraction, double MeanElementMovers, double MeanL1);

/// <summary>An evaluation's report with the per-reaction figures its plots are drawn from.</summary>
public sealed record ReactionEvaluation(
    EvaluationReport Report,
    IReadOnlyList<(Synthesis.Chemistry.Formulas.Composition Truth, Synthesis.Chemistry.Formulas.Composition Predicted)> Predicted,
    float[] Uncertainty,
    double[] ModelElementMovers,
    double[] NullElementMovers);
