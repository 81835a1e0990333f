namespace Synthesis.Cli.Commands;

/// <summary>
/// Progress lines on stderr for work that can take minutes without saying anything (the first `predict` on a
/// database embeds every kept reaction): nothing when it is done within a few seconds, else what it is doing,
/// then a line every half minute, then how long it took.
/// </summary>
public static class SlowWork
{
    public static T Run<T>(string doing, Func<T> work) => Run(doing, work, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));

    /// <summary>Silent for <paramref name="quiet"/>, then a line every <paramref name="every"/>.</summary>
    public static T Run<T>(string doing, Func<T> work, TimeSpan quiet, TimeSpan every)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var gate = new Lock();
        var (announced, finished) = (false, false);
        using var timer = new Timer(_ =>
        {
            lock (gate)
            {
                if (finished) return;
                Console.Error.WriteLine(announced ? $"synthesis: … still at it, {clock.Elapsed.TotalSeconds:0} s" : $"synthesis: {doing}…");
                announced = true;
            }
        }, null, quiet, every);
        var result = work();
        lock (gate)
        {
            finished = true;
            if (announced) Console.Error.WriteLine($"synthesis: done in {clock.Elapsed.TotalSeconds:0} s");
        }
        return result;
    }
}
