using System.CommandLine;
using Synthesis.Cli.Commands;

namespace Synthesis.Cli;

/// <summary>The `synthesis` command tree; each command lives in Commands/ with its own options.</summary>
public static class SynthesisCommandLine
{
    public static RootCommand Build() =>
        new("Synthesis: predict the products of solid-state synthesis reactions and curate the data they are learnt from.")
        {
            FormulaCommand.Create(),
            DistanceCommand.Create(),
            ProtostructureCommand.Create(),
            ImportCommand.Create(),
            DatasetCommand.Create(),
            TrainCommand.Create(),
            EvaluateCommand.Create(),
            PredictCommand.Create(),
            ExportWeightsCommand.Create(),
            CurateCommand.Create(),
        };

    /// <summary>Parses and runs <paramref name="args"/>; usage errors are one line and exit code 2 (<see cref="UsageErrors"/>).</summary>
    public static int Run(string[] args) => UsageErrors.Invoke(Build().Parse(args));
}
