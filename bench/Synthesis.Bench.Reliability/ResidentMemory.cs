namespace Synthesis.Bench.Reliability;

/// <summary>A process's resident memory from /proc/&lt;pid&gt;/status: now (VmRSS) and its peak so far (VmHWM), in MB.</summary>
public sealed record ResidentMemory(double Mb, double PeakMb)
{
    public static ResidentMemory Of(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        return new ResidentMemory(Field(lines, "VmRSS:"), Field(lines, "VmHWM:"));
    }

    private static double Field(string[] lines, string name) =>
        Math.Round(long.Parse(lines.Single(l => l.StartsWith(name, StringComparison.Ordinal))[name.Length..].Trim().Split(' ')[0]) / 1024.0, 1);
}
