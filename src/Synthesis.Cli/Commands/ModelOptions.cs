using System.CommandLine;
using Synthesis.Data.Storage;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Cli.Commands;

/// <summary>Options shared by the model commands: which split and subset, which model folder, and where to compute.</summary>
public static class ModelOptions
{
    public static Option<string> Split() => new("--split")
    {
        Description = "Dataset split: grouped (no paper and no identical precursors+target on both sides; the default), paper (no paper on both sides) or random (80/20, as in the thesis).",
        DefaultValueFactory = _ => "grouped",
        CustomParser = r => r.Tokens.Single().Value.ToLowerInvariant() is "grouped" or "random" or "paper" ? r.Tokens.Single().Value.ToLowerInvariant()
            : Fail(r, $"--split must be grouped, paper or random, not '{r.Tokens.Single().Value}'"),
    };

    public static Option<int> MaxPrecursors() => new("--max-precursors")
    {
        Description = "Use reactions with at most this many precursors (10: full set; 3: the thesis' ablation subset).",
        DefaultValueFactory = _ => 10,
    };

    public static Option<string?> Model() => new("--model")
    {
        Description = "Model folder. Default: models/reaction/<split>-<max precursors> for train/evaluate; $SYNTHESIS_MODEL or models/reaction/grouped-10 for predict.",
    };

    public static Option<string> Device() => new("--device")
    {
        Description = "cpu or cuda (CUDA needs the -p:TorchBackend=cuda build; falls back to the CPU with a warning).",
        DefaultValueFactory = _ => "cpu",
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "CPU threads for libtorch (0: libtorch's default, one per core).",
        DefaultValueFactory = _ => 0,
    };

    public static Option<int> Seed() => new("--seed") { Description = "Seed of the split and the training.", DefaultValueFactory = _ => 42 };

    public static SplitKind ParseSplit(string split) => split switch { "random" => SplitKind.Random, "paper" => SplitKind.Paper, _ => SplitKind.Grouped };

    public static Device SelectDevice(string name, int threads) =>
        ComputeDevice.Select(name, warning => Console.Error.WriteLine($"synthesis: warning: {warning}"), threads);

    private static string Fail(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return "";
    }
}
