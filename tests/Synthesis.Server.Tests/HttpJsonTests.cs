using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Synthesis.Client;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests;

/// <summary>The HTTP/JSON face: the same services through JSON transcoding, with gRPC's validation mapped to HTTP codes.</summary>
[Collection(RealModelCollection.Name)]
public sealed class HttpJsonTests(RealModelServer server) : IDisposable
{
    private const string BaTiO3Query = """{"query": {"precursors": [{"formula": "BaCO3"}, {"formula": "TiO2"}], "actions": ["mixing", "heating"]}, "neighbours": 3}""";
    private readonly HttpClient _http = server.Http();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Predict_answers_the_curl_line_of_the_readme()
    {
        // curl -d sends application/x-www-form-urlencoded; the route reads the body as the JSON it is.
        using var response = await _http.PostAsync("v1/reactions:predict", new StringContent(BaTiO3Query, Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var prediction = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(prediction.GetProperty("formula").GetString()));
        Assert.Equal(3, prediction.GetProperty("neighbours").GetArrayLength());
        Assert.StartsWith("10.", prediction.GetProperty("neighbours")[0].GetProperty("doi").GetString());
    }

    [Fact]
    public async Task A_bad_formula_is_a_400_with_the_message_grpc_gives()
    {
        var body = """{"query": {"precursors": [{"formula": "NaCl)("}, {"formula": "TiO2"}]}}""";
        var grpc = await Assert.ThrowsAsync<SynthesisException>(() => new SynthesisClient(server.Address).PredictAsync(["NaCl)(", "TiO2"], []));

        using var response = await _http.PostAsync("v1/reactions:predict", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)StatusCode.InvalidArgument, error.GetProperty("code").GetInt32());
        Assert.Equal(grpc.Detail, error.GetProperty("message").GetString());
        Assert.StartsWith("query.precursors[0].formula", grpc.Detail);
    }

    [Fact]
    public async Task A_body_larger_than_a_grpc_message_may_be_is_refused()
    {
        var padding = new string(' ', 4 * 1024 * 1024 + 1);

        // As curl does with a large body: ask first (100-continue), so that the refusal arrives before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/reactions:predict")
        {
            Content = new StringContent(BaTiO3Query + padding, Encoding.UTF8, "application/json"),
            Headers = { ExpectContinue = true },
        };
        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Request body too large", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Search_takes_its_filters_from_the_query_string_and_pages()
    {
        var first = await _http.GetFromJsonAsync<JsonElement>("v1/reactions?include_elements=O&page_size=2");
        var token = first.GetProperty("nextPageToken").GetString();
        var second = await _http.GetFromJsonAsync<JsonElement>($"v1/reactions?include_elements=O&page_size=2&page_token={Uri.EscapeDataString(token!)}");

        Assert.Equal(2, first.GetProperty("matches").GetArrayLength());
        Assert.True(first.GetProperty("totalSize").GetInt32() > 4);
        Assert.NotEqual(first.GetProperty("matches")[0].GetProperty("reactionId").GetString(), second.GetProperty("matches")[0].GetProperty("reactionId").GetString());
    }

    [Fact]
    public async Task A_reaction_is_read_by_its_id_and_an_unknown_one_is_a_404()
    {
        var id = server.IdOf("BaTiO3");

        var reaction = await _http.GetFromJsonAsync<JsonElement>($"v1/reactions/{id}");
        using var missing = await _http.GetAsync("v1/reactions/r000000000000");

        Assert.Equal("BaTiO3", reaction.GetProperty("targetFormula").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no reaction with id 'r000000000000'", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_the_openapi_description_and_the_precursor_suggestions_are_served()
    {
        var page = await _http.GetStringAsync("");
        var openApi = await _http.GetFromJsonAsync<JsonElement>("openapi/v1.json");
        var precursors = await _http.GetFromJsonAsync<JsonElement>("v1/precursors");

        Assert.Contains("<title>Synthesis</title>", page);
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/v1/reactions:predict", out _));
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/v1/reactions/{reactionId}", out _));
        var formulas = precursors.GetProperty("formulas").EnumerateArray().Select(f => f.GetProperty("formula").GetString()).ToList();
        Assert.Contains("TiO2", formulas);
        Assert.Contains("BaCO3", formulas);
    }

    [Fact]
    public async Task PredictStructure_takes_a_label_and_a_bad_cif_is_a_400_naming_the_field()
    {
        using var good = await _http.PostAsync("v1/properties:predictStructure",
            new StringContent("""{"label": "AB_cF8_225_b_a:Ba-Te"}""", Encoding.UTF8, "application/json"));
        using var bad = await _http.PostAsync("v1/properties:predictStructure",
            new StringContent("""{"cif": "data_x\n_cell_length_a 3\n"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var answer = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("AB_cF8_225_b_a:Ba-Te", answer.GetProperty("protostructureLabel").GetString());
        Assert.Equal("matbench_phonons", answer.GetProperty("modelName").GetString());
        Assert.True(answer.GetProperty("value").GetDouble() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("cif: no _cell_length_b", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }
}
