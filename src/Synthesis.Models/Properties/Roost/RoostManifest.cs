using Synthesis.Data.Properties;

namespace Synthesis.Models.Properties.Roost;

/// <summary>model.json of a Roost ensemble: everything besides the weights (member-k.bin) it needs and reports.</summary>
public sealed record RoostManifest : PropertyManifest
{
    public const string RoostKind = "roost";

    public RoostManifest() => Kind = RoostKind;

    public RoostOptions Options { get; init; } = new();

    /// <summary>
    /// How the held-out 20 % of the training table was chosen (seed <see cref="PropertyManifest.Seed"/>); a model is
    /// scored only on its own split's test rows. Manifests written before the option existed read as compositions.
    /// </summary>
    public PropertySplitKind Split { get; init; } = PropertySplitKinds.Default;
}

/// <summary>Epochs a stage ran, the epoch whose weights were kept (best validation loss) and that loss.</summary>
public sealed record StageSummary(int Epochs, int MaxEpochs, int BestEpoch, double BestValidationLoss);
