using System.Text.Json.Serialization;

namespace Synthesis.Data.Import;

// The text-mined solid-state records as they appear in the source JSON (datasets/README.md). Every member is
// nullable so that a record with missing fields still reads and can be dropped with a reason naming the field.

public sealed class SourceReaction
{
    [JsonPropertyName("doi")] public string? Doi { get; set; }
    [JsonPropertyName("reaction_string")] public string? ReactionString { get; set; }
    [JsonPropertyName("reaction")] public SourceEquation? Reaction { get; set; }
    [JsonPropertyName("target")] public SourceMaterial? Target { get; set; }
    [JsonPropertyName("precursors")] public List<SourceMaterial?>? Precursors { get; set; }
    [JsonPropertyName("operations")] public List<SourceOperation?>? Operations { get; set; }
}

/// <summary>The balanced equation; <see cref="ElementSubstitution"/> names the element each element variable stands for here.</summary>
public sealed class SourceEquation
{
    [JsonPropertyName("element_substitution")] public Dictionary<string, string>? ElementSubstitution { get; set; }
    [JsonPropertyName("left_side")] public List<SourceSpecies?>? LeftSide { get; set; }
}

public sealed class SourceSpecies
{
    [JsonPropertyName("material")] public string? Material { get; set; }
    [JsonPropertyName("amount")] public string? Amount { get; set; }
}

public sealed class SourceMaterial
{
    [JsonPropertyName("material_formula")] public string? MaterialFormula { get; set; }
    [JsonPropertyName("composition")] public List<SourcePhase?>? Composition { get; set; }
    [JsonPropertyName("amounts_vars")] public Dictionary<string, SourceRange?>? AmountVariables { get; set; }
    [JsonPropertyName("elements_vars")] public Dictionary<string, List<string>?>? ElementVariables { get; set; }
    [JsonPropertyName("additives")] public List<string?>? Additives { get; set; }
}

/// <summary>One phase of a material (mixtures and composites have several), weighted by <see cref="Amount"/>.</summary>
public sealed class SourcePhase
{
    [JsonPropertyName("formula")] public string? Formula { get; set; }
    [JsonPropertyName("elements")] public Dictionary<string, string?>? Elements { get; set; }
    [JsonPropertyName("amount")] public string? Amount { get; set; }
}

/// <summary>A variable's values or a condition's values, with their range.</summary>
public sealed class SourceRange
{
    [JsonPropertyName("values")] public List<double>? Values { get; set; }
    [JsonPropertyName("min_value")] public double? Min { get; set; }
    [JsonPropertyName("max_value")] public double? Max { get; set; }
    [JsonPropertyName("units")] public string? Units { get; set; }
}

public sealed class SourceOperation
{
    [JsonPropertyName("token")] public string? Token { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("conditions")] public SourceConditions? Conditions { get; set; }
}

public sealed class SourceConditions
{
    [JsonPropertyName("heating_temperature")] public List<SourceRange?>? Temperatures { get; set; }
    [JsonPropertyName("heating_time")] public List<SourceRange?>? Times { get; set; }
    [JsonPropertyName("heating_atmosphere")] public List<string?>? Atmospheres { get; set; }
    [JsonPropertyName("mixing_media")] public List<string?>? Media { get; set; }
    [JsonPropertyName("mixing_device")] public List<string?>? Devices { get; set; }
}
