using System.Diagnostics;
using TorchSharp;

namespace Synthesis.Models.Profiling;

/// <summary>
/// Where one thread's model work spends its time: wall time and tensors created (each a libtorch call that returns a
/// tensor; TorchSharp's per-thread dispose-scope statistics) per named stage. Stages are marked in the code with
/// <see cref="Stage"/>, which costs one thread-static read when no profile is recording, so the marks stay in the
/// served code. Nested stages are timed inclusively ("model.classifiers" includes "model.classifiers.pooling").
/// The stacked layers also report their multiply-adds (<see cref="CountMultiplyAdds"/>): rows × inputs × outputs of
/// every matrix product, the arithmetic the model cannot avoid.
/// </summary>
public sealed class StageProfile
{
    [ThreadStatic] private static StageProfile? _recording;
    private readonly Dictionary<string, StageTotals> _totals = new(StringComparer.Ordinal);

    /// <summary>Stages in the order they were first entered, with their totals over every recorded call.</summary>
    public IReadOnlyList<KeyValuePair<string, StageTotals>> Stages => [.. _totals];

    /// <summary>Records this thread's stages until the returned scope ends.</summary>
    public IDisposable Record()
    {
        var previous = _recording;
        _recording = this;
        return new Restore(previous);
    }

    /// <summary>Marks a stage; a no-op unless this thread is recording a profile.</summary>
    public static StageMark Stage(string name) => _recording is { } profile ? new StageMark(profile, name) : default;

    /// <summary>Multiply-adds counted on this thread while recording, over all stages.</summary>
    public long MultiplyAdds { get; private set; }

    /// <summary>Whether this thread records a profile: callers test it before reading tensor shapes (each a native call) for <see cref="CountMultiplyAdds"/>.</summary>
    public static bool Recording => _recording is not null;

    /// <summary>Adds a matrix product's multiply-adds to the recording profile; a no-op when none records.</summary>
    public static void CountMultiplyAdds(long rows, long inputs, long outputs)
    {
        if (_recording is { } profile) profile.MultiplyAdds += rows * inputs * outputs;
    }

    /// <summary>Tensors this thread has created so far, inside and outside dispose scopes.</summary>
    public static long TensorsCreated()
    {
        var statistics = DisposeScopeManager.Statistics.TensorStatistics;
        return statistics.CreatedInScopeCount + statistics.CreatedOutsideScopeCount;
    }

    internal void Add(string name, TimeSpan elapsed, long tensors, long multiplyAdds)
    {
        var totals = _totals.GetValueOrDefault(name);
        _totals[name] = new StageTotals(totals.Calls + 1, totals.Elapsed + elapsed, totals.Tensors + tensors, totals.MultiplyAdds + multiplyAdds);
    }

    private sealed class Restore(StageProfile? previous) : IDisposable
    {
        public void Dispose() => _recording = previous;
    }
}

/// <summary>A stage's totals: times entered, wall time, tensors created, multiply-adds counted.</summary>
public readonly record struct StageTotals(long Calls, TimeSpan Elapsed, long Tensors, long MultiplyAdds);

/// <summary>An open stage of a <see cref="StageProfile"/>; the default value records nothing.</summary>
public readonly struct StageMark : IDisposable
{
    private readonly StageProfile? _profile;
    private readonly string _name;
    private readonly long _started;
    private readonly long _tensors;
    private readonly long _multiplyAdds;

    internal StageMark(StageProfile profile, string name)
    {
        (_profile, _name) = (profile, name);
        _tensors = StageProfile.TensorsCreated();
        _multiplyAdds = profile.MultiplyAdds;
        _started = Stopwatch.GetTimestamp();
    }

    public void Dispose() =>
        _profile?.Add(_name, Stopwatch.GetElapsedTime(_started), StageProfile.TensorsCreated() - _tensors, _profile.MultiplyAdds - _multiplyAdds);
}
