using Synthesis.Data.Reactions;
using Synthesis.Models.Tests.Reactions;

namespace Synthesis.Models.Tests.Curation;

/// <summary>
/// Stored reactions from <see cref="SyntheticReactions"/>, four to a paper; every fifth paper writes its DOI differently
/// in one reaction ("https://doi.org/", upper case), as the text-mined data sometimes does.
/// </summary>
internal static class SyntheticPapers
{
    public static List<Reaction> Make(int count, int seed = 1) =>
        SyntheticReactions.Make(count, seed).Select((e, i) =>
        {
            var paper = i / 4;
            var doi = $"10.1000/paper{paper}";
            if (paper % 5 == 0 && i % 4 == 3) doi = "https://doi.org/" + doi.ToUpperInvariant();
            return new Reaction
            {
                Id = $"r{i:D4}", SourceIndex = i, Doi = doi, Kept = true, ReactionString = $"#{i}",
                Precursors = e.Precursors.Select(p => new Precursor { Formula = p.ToFormula(), Composition = p.ToDictionary(x => x.Key, x => x.Value) }).ToList(),
                Target = e.Product!.ToDictionary(x => x.Key, x => x.Value),
                TargetFormula = e.Product!.ToReadableFormula(),
                Actions = [.. e.Actions],
            };
        }).ToList();
}
