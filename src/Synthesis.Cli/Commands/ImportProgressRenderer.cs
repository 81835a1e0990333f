using Synthesis.Data.Import;

namespace Synthesis.Cli.Commands;

/// <summary>Shows import progress on one stderr line (percentage of the file read, records, records per second).</summary>
public sealed class ImportProgressRenderer : IProgress<ImportProgress>
{
    public void Report(ImportProgress value)
    {
        var line = $"\rimporting: {value.Fraction,6:P1}  {value.Records,7:N0} records  {value.RecordsPerSecond,8:N0} records/s";
        Console.Error.Write(Console.IsErrorRedirected ? line.TrimStart('\r') + Environment.NewLine : line);
    }

    /// <summary>Ends the progress line so later output starts on its own line.</summary>
    public static void Finish()
    {
        if (!Console.IsErrorRedirected) Console.Error.WriteLine();
    }
}
