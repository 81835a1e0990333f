using Synthesis.Models.Reactions.Network;

namespace Synthesis.Models.Reactions;

/// <summary>Architecture of the reaction model (Goodall thesis ch. 5, after Malik et al.); defaults are the published values.</summary>
public sealed record ReactionModelOptions
{
    public int NodeSize { get; init; } = 128;
    public int MessageLayers { get; init; } = 5;
    public int Heads { get; init; } = 3;
    public int HiddenSize { get; init; } = 256;
    public int[] ClassifierHidden { get; init; } = [256, 512, 512, 256];
    public int[] RegressorHidden { get; init; } = [256, 256, 256, 256, 128, 128, 64];
    public ReactionEncoderKind Encoder { get; init; } = ReactionEncoderKind.ReactionGraph;
    /// <summary>Baseline without the alchemy mask: every vocabulary element may appear in any product.</summary>
    public bool UseAlchemyMask { get; init; } = true;
    /// <summary>Ablation: replace every action embedding by zeros.</summary>
    public bool UseActions { get; init; } = true;
}
