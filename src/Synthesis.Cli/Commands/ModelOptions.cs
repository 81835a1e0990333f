using System.CommandLine;
using System.CommandLine.Parsing;
using Synthesis.Data.Properties;
using Synthesis.Data.Splits;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Torch;
using static TorchSharp.torch;

namespace Synthesis.Cli.Commands;

/// <summary>Options shared by the model commands: which split and subset, which model folder, and where to compute.</summary>
public static class ModelOptions
{
    /// <summary>
    /// `--split grouped|random`, one spelling for every command (`dataset split` also takes its old `--kind`): the
    /// value is checked and written the one way by <see cref="SplitKinds"/>; <see cref="SplitOf"/> reads it.
    /// </summary>
    public static Option<string> Split(params string[] aliases) => new("--split", aliases)
    {
        Description = "Dataset split: grouped (no paper and no identical precursors+target on both sides; the default, used for reported figures), paper (no paper on both sides) or random (80/20, as in the thesis).",
        HelpName = string.Join("|", SplitKinds.Names),
        DefaultValueFactory = _ => SplitKinds.Name(SplitKinds.Default),
        CustomParser = r => Parsed(r, "--split", text => SplitKinds.Name(SplitKinds.Parse(text)), ""),
    };

    public static SplitKind SplitOf(ParseResult result, Option<string> split) => SplitKinds.Parse(result.GetValue(split)!);

    /// <summary>`--split compositions|rows` of a property table (Roost), parsed once by <see cref="PropertySplitKinds"/>.</summary>
    public static Option<PropertySplitKind> PropertySplit() => new("--split")
    {
        Description = "Held-out 20 % of the table: compositions (no composition on both sides; the default, used for reported figures) or rows (a random 20 % of rows, as the thesis probably did). Seed 42 either way.",
        HelpName = string.Join("|", PropertySplitKinds.Names),
        DefaultValueFactory = _ => PropertySplitKinds.Default,
        CustomParser = r => Parsed(r, "--split", PropertySplitKinds.Parse, PropertySplitKinds.Default),
    };

    /// <summary>The option's single token through <paramref name="parse"/>; a <see cref="FormatException"/> becomes a parse error naming the option.</summary>
    private static T Parsed<T>(ArgumentResult result, string option, Func<string, T> parse, T fallback)
    {
        try
        {
            return parse(result.Tokens.Single().Value);
        }
        catch (FormatException e)
        {
            result.AddError($"{option}: {e.Message}");
            return fallback;
        }
    }

    public static Option<int> MaxPrecursors() => new("--max-precursors")
    {
        Description = "Use reactions with at most this many precursors (10: full set; 3: the thesis' ablation subset).",
        DefaultValueFactory = _ => 10,
    };

    public static Option<string?> Model() => new("--model")
    {
        Description = $"Model folder. Default: models/reaction/<split>-<max precursors> for train/evaluate; ${ModelPath.EnvironmentVariable} or {ModelPath.Default} for predict.",
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

    public static Option<int> Seed(string description = "Seed of the split and the training.") =>
        new("--seed") { Description = description, DefaultValueFactory = _ => SplitKinds.DefaultSeed };

    public static Device SelectDevice(string name, int threads) =>
        ComputeDevice.Select(name, warning => Console.Error.WriteLine($"synthesis: warning: {warning}"), threads);
}
