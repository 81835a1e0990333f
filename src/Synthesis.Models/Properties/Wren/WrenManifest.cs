namespace Synthesis.Models.Properties.Wren;

/// <summary>model.json of a Wren ensemble: everything besides the weights (member-k.bin) it needs and reports.</summary>
public sealed record WrenManifest : PropertyManifest
{
    public const string WrenKind = "wren";

    public WrenManifest() => Kind = WrenKind;

    public WrenOptions Options { get; init; } = new();
    /// <summary>Labellings of each structure averaged per training step, drawn afresh (null: all of them, as at inference).</summary>
    public int? TrainingLabellings { get; init; }
}
