using System.Text.Json;
using System.Text.Json.Serialization;

namespace Synthesis.Data.Curation;

/// <summary>Enums in JSON as the curator's words ("model-disagrees", "confirmed-error"), as on the command line.</summary>
public sealed class CuratorNameConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower) where T : struct, Enum;

/// <summary>Why a reaction was flagged: rule checks that need no model, and what the model says about the record.</summary>
[JsonConverter(typeof(CuratorNameConverter<FlagReason>))]
public enum FlagReason
{
    /// <summary>A target element other than O, H, C, N that no precursor contains.</summary>
    ElementNotInPrecursors = 1,
    /// <summary>The target is no compound: a fragment without an anion, or cation fractions that add up to no whole site.</summary>
    TargetNotCompound = 2,
    /// <summary>Another reaction of the same paper with the same precursors and actions gives a product of other elements.</summary>
    InconsistentDuplicate = 3,
    /// <summary>The DOI is written differently from the same DOI elsewhere in the dataset.</summary>
    DoiVariant = 4,
    /// <summary>The recorded product is not the model's top candidate, and lies far from it.</summary>
    ModelDisagrees = 5,
    /// <summary>The top candidate's elements differ from the recorded product's.</summary>
    ElementSetMismatch = 6,
    /// <summary>Most of the nearest literature reactions record products closer to the model's than to the record.</summary>
    NeighboursDisagree = 7,
    /// <summary>The product is one of several precursors, and another precursor's element (other than O, H, C, N) would be lost.</summary>
    PrecursorAsProduct = 8,
}

/// <summary>Where a flag stands with the curators.</summary>
[JsonConverter(typeof(CuratorNameConverter<ReviewStatus>))]
public enum ReviewStatus
{
    Unreviewed = 1,
    /// <summary>The record is wrong and cannot be fixed: the export leaves it out.</summary>
    ConfirmedError = 2,
    /// <summary>The record is right: the export keeps it.</summary>
    FalseAlarm = 3,
    /// <summary>The product was wrong and the curator gave the right one: the export carries it.</summary>
    Corrected = 4,
}
