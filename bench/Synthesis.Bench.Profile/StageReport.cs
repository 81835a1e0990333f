using Synthesis.Models.Profiling;

namespace Synthesis.Bench.Profile;

/// <summary>A recorded profile as JSON rows: each stage's milliseconds, tensors and multiply-adds per call of the workload.</summary>
internal static class StageReport
{
    public static object[] PerCall(StageProfile profile, int calls) =>
        profile.Stages.Select(s => (object)new
        {
            stage = s.Key,
            ms_per_call = Math.Round(s.Value.Elapsed.TotalMilliseconds / calls, 4),
            tensors_per_call = Math.Round((double)s.Value.Tensors / calls, 1),
            multiply_adds_per_call = s.Value.MultiplyAdds / calls,
        }).ToArray();

    public static void Print(string title, StageProfile profile, int calls)
    {
        Console.Error.WriteLine($"{title} (per call, {calls} calls; nested stages are included in their parents):");
        foreach (var (name, totals) in profile.Stages)
            Console.Error.WriteLine($"  {name,-36} {totals.Elapsed.TotalMilliseconds / calls,9:0.000} ms {(double)totals.Tensors / calls,8:0.0} tensors {totals.MultiplyAdds / calls / 1e6,9:0.00} M multiply-adds");
    }
}
