using Synthesis.Chemistry;
using Synthesis.Data.Curation;

namespace Synthesis.Cli.Curation;

/// <summary>Every flag a query matches, read page by page (at most <see cref="InputLimits.MaxPageSize"/> a call).</summary>
public static class FlagPages
{
    public static IEnumerable<FlagRecord> Every(this ICurationAccess access, FlagQuery query)
    {
        for (var offset = 0; ; offset += InputLimits.MaxPageSize)
        {
            var page = access.List(query, offset, InputLimits.MaxPageSize)
                       ?? throw new InvalidOperationException("no flagging run stored yet: run `synthesis curate run` first");
            foreach (var flag in page.Flags) yield return flag;
            if (offset + page.Flags.Count >= page.Total || page.Flags.Count == 0) yield break;
        }
    }
}
