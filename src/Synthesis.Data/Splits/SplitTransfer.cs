using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;

namespace Synthesis.Data.Splits;

/// <summary>
/// The split of one dataset carried over to another version of it (a curated export, a re-import): each reaction
/// takes the side it had there — by its id, or else by its paper (DOI, ignoring case), since a correction changes a
/// record's id but never its paper. Papers the other split never saw go to training. With a paper or grouped split
/// the result still has no paper on two sides, and a model trained on the curated data is tested on the same papers.
/// </summary>
public static class SplitTransfer
{
    /// <summary>How many reactions of the new version were placed by id, by paper, or (of papers the other split never saw) into training.</summary>
    public sealed record Placement(int ById, int ByPaper, int OfNewPapers);

    public static (SplitAssignment Split, Placement Placement) Carry(SplitAssignment other, IReadOnlyList<Reaction> otherReactions,
        IReadOnlyList<Reaction> reactions)
    {
        var sideById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (ids, side) in new[] { (other.Train, 0), (other.Validation, 1), (other.Test, 2) })
            foreach (var id in ids) sideById[id] = side;
        var sideByPaper = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reaction in otherReactions)
            if (sideById.TryGetValue(reaction.Id, out var side)) sideByPaper.TryAdd(DatasetSplitter.Paper(reaction), side);

        List<string>[] sides = [[], [], []];
        int byId = 0, byPaper = 0, fresh = 0;
        foreach (var reaction in reactions.Where(r => r.Kept && r.Precursors.Count <= other.MaxPrecursors))
        {
            int side;
            if (sideById.TryGetValue(reaction.Id, out side)) byId++;
            else if (sideByPaper.TryGetValue(DatasetSplitter.Paper(reaction), out side)) byPaper++;
            else (side, fresh) = (0, fresh + 1);
            sides[side].Add(reaction.Id);
        }
        foreach (var ids in sides) ids.Sort(StringComparer.Ordinal);
        return (new SplitAssignment(other.Kind, other.MaxPrecursors, other.Seed, sides[0], sides[1], sides[2]), new Placement(byId, byPaper, fresh));
    }
}
