using Synthesis.Data.Storage;

namespace Synthesis.Server.Search;

/// <summary>What the index keeps of a reaction: its summary, its target's element mask and the ids of its search tokens.</summary>
public sealed record SearchEntry(ReactionSummary Summary, UInt128 Elements, int[] TokenIds);
