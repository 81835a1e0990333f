namespace Synthesis.Cli.Commands;

/// <summary>
/// Progress lines on stderr for work that can take minutes without saying anything (the first `predict` on a
/// database embeds every kept reaction): nothing when it is done within a few seconds, else what it is doing,
/// then a line every half minute, then how long it took.
/// </summary>
public static class SlowWork
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    public static T Run<T>(string doing, Func<T> work)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var announced = 0;
        using var timer = new Timer(_ =>
        {
            var line = Interlocked.Increment(ref announced) == 1 ? $"synthesis: {doing}…" : $"synthesis: … still at it, {clock.Elapsed.TotalSeconds:0} s";
            Console.Error.WriteLine(line);
        }, null, Quiet, Every);
        var result = work();
        timer.Dispose();
        if (Volatile.Read(ref announced) > 0) Console.Error.WriteLine($"synthesis: done in {clock.Elapsed.TotalSeconds:0} s");
        return result;
    }
}
