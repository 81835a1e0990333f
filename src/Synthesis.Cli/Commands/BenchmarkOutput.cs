using Synthesis.Models;
using Synthesis.Models.Properties.Evaluation;
using Synthesis.Reports.Properties;

namespace Synthesis.Cli.Commands;

/// <summary>Where a property benchmark goes: metrics.json and table.md in its folder, and the table (or JSON) on stdout.</summary>
public static class BenchmarkOutput
{
    public static int Publish(string destination, PropertyBenchmark benchmark, bool json)
    {
        MetricsFile.Write(destination, benchmark);
        BenchmarkTable.Write(Path.Combine(destination, "table.md"), benchmark);
        if (json) CliOutput.WriteJson(benchmark);
        else Console.Write(BenchmarkTable.Markdown(benchmark));
        Console.Error.WriteLine($"written to {destination}");
        return 0;
    }
}
