namespace Synthesis.Data.Cleaning;

/// <summary>Why cleaning dropped a reaction: the values of <see cref="Reactions.Reaction.DropReason"/> (datasets/README-cleaning.md).</summary>
public static class DropReasons
{
    /// <summary>Fields missing or of the wrong type.</summary>
    public const string MalformedRecord = "malformed-record";
    /// <summary>Values no synthesis has (temperatures above 4000 °C, element amounts above 1000, ...).</summary>
    public const string AbsurdValue = "absurd-value";
    /// <summary>An amount or element variable without a value, or an amount that cannot be evaluated.</summary>
    public const string UnresolvedAmount = "unresolved-amount";
    public const string NonPositiveAmount = "non-positive-amount";
    public const string UnparseableFormula = "unparseable-formula";
    /// <summary>Target with fewer than two elements (a pure element).</summary>
    public const string SingleElementTarget = "single-element-target";
    public const string TooFewPrecursors = "too-few-precursors";
    public const string TooManyPrecursors = "too-many-precursors";
    /// <summary>A precursor or the target contains both C and H.</summary>
    public const string Organic = "organic";
    /// <summary>The same reaction as an earlier kept one of the same paper (DOI compared ignoring case).</summary>
    public const string Duplicate = "duplicate";
}
