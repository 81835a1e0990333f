using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>Test double: serves <see cref="TestReactions"/> until the LiteDB repository is wired into the server.</summary>
public sealed class InMemoryReactionRepository(IReadOnlyList<Reaction> reactions) : IReactionRepository
{
    public DatasetVersion? CurrentVersion() => new(1, "test", "", DateTime.UnixEpoch, reactions.Count, reactions.Count);

    public Reaction? Get(string id) => reactions.FirstOrDefault(r => r.Id == id);

    public IReadOnlyList<Reaction> Kept() => reactions;

    public SplitAssignment Split(SplitKind kind, int maxPrecursors = 10, int seed = 0) => throw new NotSupportedException();
}
