extern alias server;

using FuzzySharp;
using FuzzySharp.PreProcess;
using server::Synthesis.Server.Search;

namespace Synthesis.Server.Tests.Search;

public sealed class TermScorerTests
{
    private static readonly string[] Tokens =
    [
        "licoo2", "li2co3", "co3o4", "lini0.8co0.2o2", "nanio2", "batio3", "srtio3", "la0.6sr0.4mno3", "lifepo4",
        "fe2(c2o4)3·2h2o", "limn2o4", "licoo", "co", "o2", "10.1016/j.ssi.2004.01.001", "ba(no3)2", "ликоо2",
    ];

    [Theory]
    [InlineData("licoo2", 70)]
    [InlineData("limn2o", 70)]
    [InlineData("co3o4", 50)]
    [InlineData("la0.6sr0.4mno3", 90)]
    [InlineData("x", 1)]
    public void Skipping_by_bounds_changes_no_score_that_reaches_the_minimum(string term, int minScore)
    {
        var scores = TermScorer.Score(term, Tokens, minScore);

        for (var i = 0; i < Tokens.Length; i++)
        {
            var ratio = Fuzz.Ratio(term, Tokens[i], PreprocessMode.None);
            if (ratio >= minScore) Assert.Equal(ratio, scores[i]);
            else Assert.True(scores[i] < minScore, $"{Tokens[i]}: {scores[i]}");
        }
    }

    [Fact]
    public void Skipping_is_exact_on_random_formula_like_tokens()
    {
        var random = new Random(7);
        string Token() => new(Enumerable.Range(0, random.Next(1, 16)).Select(_ => "lico2345o.()"[random.Next(12)]).ToArray());
        var tokens = Enumerable.Range(0, 3000).Select(_ => Token()).ToArray();

        foreach (var minScore in new[] { 40, 67, 70, 83, 95 })
        {
            var term = Token();
            var scores = TermScorer.Score(term, tokens, minScore);
            for (var i = 0; i < tokens.Length; i++)
            {
                var ratio = Fuzz.Ratio(term, tokens[i], PreprocessMode.None);
                if (ratio >= minScore) Assert.Equal(ratio, scores[i]);
            }
        }
    }

    [Fact]
    public void A_cancelled_search_stops_scoring_instead_of_running_to_the_end()
    {
        var tokens = Enumerable.Range(0, 100_000).Select(i => $"li{i}co{i % 97}o2").ToArray();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => TermScorer.Score("licoo2", tokens, 1, cancel.Token));
    }

    [Fact]
    public void Terms_are_the_formulas_of_an_equation_without_coefficients_or_operators()
    {
        Assert.Equal(["li2co3", "co3o4", "licoo2", "co2"], SearchTerms.Of("0.5 Li2CO3 + 0.333 Co3O4 == 1 LiCoO2 + 0.5 CO2"));
    }
}
