using Synthesis.Cli.Commands;

namespace Synthesis.Cli.Tests;

/// <summary>Long work says what it is doing and how long it took; short work says nothing.</summary>
public sealed class SlowWorkTests
{
    private static (int Result, string Error) Capture(Func<StringWriter, int> work, TimeSpan quiet)
    {
        var stderr = Console.Error;
        var captured = new StringWriter();
        Console.SetError(TextWriter.Synchronized(captured));
        try
        {
            var result = SlowWork.Run("embedding the reactions", () => work(captured), quiet, TimeSpan.FromMilliseconds(50));
            return (result, captured.ToString());
        }
        finally
        {
            Console.SetError(stderr);
        }
    }

    [Fact]
    public void Work_longer_than_the_quiet_time_announces_itself_then_reports_its_time()
    {
        // The work lasts until it has been told about twice, however slow the machine.
        var (result, error) = Capture(captured =>
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!captured.ToString().Contains("still at it") && DateTime.UtcNow < deadline) Thread.Sleep(10);
            return 7;
        }, quiet: TimeSpan.FromMilliseconds(50));

        Assert.Equal(7, result);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("synthesis: embedding the reactions…", lines[0]);
        Assert.StartsWith("synthesis: … still at it, ", lines[1]);
        Assert.StartsWith("synthesis: done in ", lines[^1]);
    }

    [Fact]
    public void Quick_work_says_nothing()
    {
        var (result, error) = Capture(_ => 7, quiet: TimeSpan.FromSeconds(30));

        Assert.Equal(7, result);
        Assert.Empty(error);
    }
}
