namespace Synthesis.Models.Properties.Roost;

/// <summary>model.json of a Roost ensemble: everything besides the weights (member-k.bin) it needs and reports.</summary>
public sealed record RoostManifest
{
    public string Kind { get; init; } = "roost";
    public string Version { get; init; } = "";
    public DateTime CreatedUtc { get; init; }
    public RoostOptions Options { get; init; } = new();
    /// <summary>Members trained and shipped (may be fewer than <see cref="RoostOptions.Members"/> asks).</summary>
    public int Members { get; init; }
    public string Target { get; init; } = "";
    public string Unit { get; init; } = "";
    /// <summary>What the model learnt from, in words (files, rows, pre-training).</summary>
    public string TrainingData { get; init; } = "";
    public TargetScaling Scaling { get; init; } = new(0, 1);
    public int Seed { get; init; }
    /// <summary>Mean absolute error on the held-out test set, when the harness measured it.</summary>
    public double? TestMae { get; init; }
    /// <summary>How long each stage trained ("pre-training 1/10", "member 1/10"): the size behind every figure.</summary>
    public Dictionary<string, StageSummary> Stages { get; init; } = [];
}

/// <summary>Epochs a stage ran, the epoch whose weights were kept (best validation loss) and that loss.</summary>
public sealed record StageSummary(int Epochs, int MaxEpochs, int BestEpoch, double BestValidationLoss);
