namespace Synthesis.Bench;

/// <summary>
/// A bench program's command line: positional arguments, and integer options given as "--name N". Shared (as a linked
/// source file) by the bench programs that take the same shape of arguments.
/// </summary>
internal sealed class BenchArguments(string[] args, params string[] integerOptions)
{
    /// <summary>The arguments that are neither an option nor an option's value.</summary>
    public string[] Positional { get; } = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !integerOptions.Contains(args[i - 1]))).ToArray();

    public bool Has(string flag) => args.Contains(flag);

    /// <summary>The option's value, <paramref name="fallback"/> when absent, −1 when its value is missing or not an integer.</summary>
    public int Integer(string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0) return fallback;
        return at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : -1;
    }
}
