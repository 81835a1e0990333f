namespace Synthesis.Data.Import;

/// <summary>How far an import has got, reported every batch; the CLI renders it on stderr.</summary>
public sealed record ImportProgress(int Records, long BytesRead, long TotalBytes, TimeSpan Elapsed)
{
    public double Fraction => TotalBytes == 0 ? 1 : Math.Clamp((double)BytesRead / TotalBytes, 0, 1);
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Records / Elapsed.TotalSeconds : 0;
}
