using Synthesis.Chemistry;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;

namespace Synthesis.Bench.Profile;

/// <summary>
/// Kept dataset reactions as a client would send them (precursor formulas parsed, the stored actions), the same kind
/// of workload as bench/Synthesis.Bench.Grpc's: the first <c>size</c> with 2 to 10 precursors, in id order.
/// </summary>
internal static class Workload
{
    public static ReactionQuery[] From(IEnumerable<Reaction> kept, int size) =>
        kept.Where(r => r.Precursors.Count is >= InputLimits.MinPrecursors and <= InputLimits.MaxPrecursors)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Take(size)
            .Select(r => new ReactionQuery(r.Precursors.Select(p => Composition.From(p.Composition)).ToArray(), r.Actions))
            .ToArray();
}
