using System.Net;
using System.Text.Json;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests.Curation;

/// <summary>The curation queue over HTTP/JSON, as the web page's Review tab calls it: reads open, decisions behind the key.</summary>
[Collection(CurationCollection.Name)]
public sealed class CurationJsonTests(CurationServer server)
{
    [Fact]
    public async Task The_queue_is_served_as_json_and_a_decision_needs_the_key()
    {
        using var http = server.Http();

        var list = await http.GetAsync("v1/flags");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var flags = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.GetProperty("flags");
        Assert.True(flags.GetArrayLength() > 0);
        var id = flags[0].GetProperty("flagId").GetString();

        var one = await http.GetAsync($"v1/flags/{Uri.EscapeDataString(id!)}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);

        var review = await http.PostAsync($"v1/flags/{Uri.EscapeDataString(id!)}:review",
            new StringContent("""{"status": "REVIEW_STATUS_FALSE_ALARM", "revision": 1}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, review.StatusCode);
    }
}
