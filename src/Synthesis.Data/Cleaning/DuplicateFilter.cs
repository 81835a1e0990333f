using Synthesis.Data.Reactions;

namespace Synthesis.Data.Cleaning;

/// <summary>
/// Drops a kept reaction that repeats an earlier kept one of the same paper: same DOI ignoring case, same sorted
/// precursor compositions, same target composition and same action sequence (<see cref="ReactionKeys.Duplicate"/>).
/// </summary>
public sealed class DuplicateFilter
{
    private readonly Dictionary<string, string> _firstIdByKey = [];

    public void Apply(Reaction reaction)
    {
        if (!reaction.Kept) return;
        var key = ReactionKeys.Duplicate(reaction);
        if (_firstIdByKey.TryAdd(key, reaction.Id)) return;
        reaction.Kept = false;
        reaction.DropReason = DropReasons.Duplicate;
        reaction.DropDetail = $"repeats reaction {_firstIdByKey[key]} of the same paper";
    }
}
