namespace Synthesis.Data.Cleaning;

/// <summary>Cleaning drops the record being resolved; <see cref="Reason"/> is one of <see cref="DropReasons"/>.</summary>
public sealed class RecordRejectedException(string reason, string detail) : Exception(detail)
{
    public string Reason { get; } = reason;
}
