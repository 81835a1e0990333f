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
            ImportCommand.Create(),
            DatasetCommand.Create(),
            TrainCommand.Create(),
            EvaluateCommand.Create(),
            PredictCommand.Create(),
            CurateCommand.Create(),
        };
}
