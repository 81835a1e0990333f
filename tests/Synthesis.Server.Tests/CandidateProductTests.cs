using System.Text.Json;
using Synthesis.Client;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests;

/// <summary>Ranked candidate products over the wire: what they hold, how they agree with the older fields, and that a client built before them still works.</summary>
[Collection(RealModelCollection.Name)]
public sealed class CandidateProductTests(RealModelServer server) : IDisposable
{
    private const double Tolerance = 1e-9;
    private readonly SynthesisClient _client = new(server.Address);

    [Fact]
    public async Task Predict_ranks_candidates_with_probabilities_and_literature_support()
    {
        var prediction = await _client.PredictAsync(["BaCO3", "TiO2"], ["mixing", "heating"], neighbours: 2, candidates: 8);

        Assert.InRange(prediction.Candidates.Count, 1, 8);
        Assert.Equal(prediction.Candidates[0].Formula, prediction.Formula);
        Assert.False(string.IsNullOrEmpty(prediction.ModelFormula));
        var probabilities = prediction.Candidates.Select(c => c.Probability).ToArray();
        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
        Assert.Equal(probabilities.OrderDescending(), probabilities);
        Assert.InRange(probabilities.Sum(), 0, 1 + Tolerance);
        Assert.All(prediction.Candidates, c => Assert.Equal(1.0, c.Fractions.Values.Sum(), 6));

        // The sample's BaCO3 + TiO2 → BaTiO3 paper supports BaTiO3, with the heating it reports.
        var titanate = Assert.Single(prediction.Candidates, c => c.Formula == "BaTiO3");
        Assert.Contains("literature", titanate.Sources);
        Assert.True(titanate.SupportingReactions >= 1);
        var example = Assert.Single(titanate.Examples);
        Assert.Equal(server.Catalog.Get(server.IdOf("BaTiO3"))!.Doi, example.Doi);
        Assert.Equal(1.0, example.Similarity, 12);
        Assert.NotEmpty(example.HeatingTemperaturesC);

        // `elements` describes the top candidate; the model's own mean fractions sit beside it.
        var top = prediction.Candidates[0].Fractions;
        Assert.All(prediction.Elements, e => Assert.Equal(top.GetValueOrDefault(e.Element), e.Fraction, 6));
        Assert.Contains(prediction.Elements, e => e.ModelFraction > 0);
    }

    [Fact]
    public async Task A_query_unlike_any_stored_reaction_is_answered_with_a_warning()
    {
        var prediction = await _client.PredictAsync(["NiO", "Co3O4"], ["heating"], neighbours: 0);

        Assert.NotEmpty(prediction.Candidates);
        Assert.All(prediction.Candidates, c => Assert.DoesNotContain("literature", c.Sources));
        Assert.Contains(prediction.Warnings, w => w.Contains("rest on the model alone"));
    }

    [PythonGrpcFact]
    public async Task A_client_built_before_candidates_reads_the_top_candidate_as_the_product()
    {
        var (exitCode, output, error) = PythonClient.Run("tests/Synthesis.Server.Tests/Python/previous_client_checks.py", server.Address);

        Assert.True(exitCode == 0, error);
        var seen = JsonDocument.Parse(output).RootElement;
        var current = await _client.PredictAsync(["BaCO3", "TiO2"], ["mixing", "heating"], neighbours: 2);
        Assert.Equal(current.Formula, seen.GetProperty("formula").GetString());
        Assert.Equal(2, seen.GetProperty("neighbours").GetInt32());
        var fractions = seen.GetProperty("elements").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.All(current.Elements, e => Assert.Equal(e.Fraction, fractions[e.Element], 6));
    }

    [Fact]
    public async Task Candidates_out_of_range_are_refused_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<SynthesisException>(() => _client.PredictAsync(["BaCO3", "TiO2"], [], candidates: 21));
        Assert.Contains("candidates: must be 1 to 20", error.Message);
    }

    public void Dispose() => _client.Dispose();
}
