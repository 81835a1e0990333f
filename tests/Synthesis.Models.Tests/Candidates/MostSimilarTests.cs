using Synthesis.Models.Reactions.Candidates;
using static Synthesis.Models.Tests.Candidates.LiteratureFixtures;

namespace Synthesis.Models.Tests.Candidates;

/// <summary>
/// <see cref="Literature.MostSimilar"/> (shared counts in an array, the best kept in a heap) against its definition written
/// plainly: every record sharing a precursor, Jaccard over precursor formulas, most similar first, ties in record order,
/// excluded records skipped — on a random literature with many ties.
/// </summary>
public sealed class MostSimilarTests
{
    private static readonly string[] Formulas = ["Li2CO3", "Na2CO3", "NiO", "Co3O4", "MnO2", "Fe2O3", "TiO2", "BaCO3", "SrCO3", "La2O3", "CuO", "ZnO"];

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(1000)]
    public void GivesTheRecordsTheDefinitionGivesInItsOrder(int take)
    {
        var random = new Random(7);
        var records = Enumerable.Range(0, 400)
            .Select(i => Record($"r{i}", $"10.1/{i % 37}", "LiNiO2", Formulas.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToArray()))
            .ToArray();
        var literature = new Literature(records);
        for (var q = 0; q < 50; q++)
        {
            var keys = Literature.Keys(Precursors(Formulas.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray()));
            var excluded = literature.Excluding(null, $"10.1/{q % 37}");
            Assert.Equal(Plainly(literature, keys, excluded, take), literature.MostSimilar(keys, excluded, take));
        }
    }

    private static (int Record, double Jaccard)[] Plainly(Literature literature, string[] keys, Func<int, bool> excluded, int take) =>
        Enumerable.Range(0, literature.Count)
            .Where(r => !excluded(r))
            .Select(r => (Record: r, Jaccard: literature.Jaccard(keys, r)))
            .Where(s => s.Jaccard > 0)
            .OrderByDescending(s => s.Jaccard).ThenBy(s => s.Record)
            .Take(take)
            .ToArray();
}
