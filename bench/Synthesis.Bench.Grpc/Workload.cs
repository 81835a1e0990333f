using Synthesis.Client;

namespace Synthesis.Bench.Grpc;

/// <summary>Real dataset reactions to drive the benchmark with, fetched from the server itself.</summary>
public sealed record Workload(IReadOnlyList<string> Ids, IReadOnlyList<ReactionInput> Reactions, IReadOnlyList<string> SearchTexts, int DatasetSize)
{
    public static async Task<Workload> Fetch(SynthesisClient client, int size)
    {
        var page = await client.SearchAsync(pageSize: 200);
        var matches = page.Matches.Where(m => m.Precursors.Count is >= 2 and <= 10).Take(size).ToList();
        var reactions = new List<ReactionInput>();
        foreach (var match in matches)
        {
            var stored = await client.GetReactionAsync(match.ReactionId);
            reactions.Add(new ReactionInput(match.Precursors, stored.Actions.Select(a => a.ToString()).ToList()));
        }
        // Targets as typed by a person: lower case, some with a character dropped.
        var texts = matches.Select((m, i) => i % 2 == 0 ? m.Target.ToLowerInvariant() : m.Target.Remove(m.Target.Length / 2, 1)).ToList();
        return new Workload(matches.Select(m => m.ReactionId).ToList(), reactions, texts, page.Total);
    }
}
