using System.Text.Json;
using Synthesis.Server.Tests.Fixtures;

namespace Synthesis.Server.Tests;

/// <summary>The Python client package (clients/python) against the running server, through Debian's python3.</summary>
[Collection(RealModelCollection.Name)]
public sealed class PythonClientTests(RealModelServer server)
{
    [PythonGrpcFact]
    public void Python_client_predicts_finds_neighbours_searches_and_reports_errors()
    {
        var (exitCode, output, error) = PythonClient.Run("tests/Synthesis.Server.Tests/Python/client_checks.py", server.Address, server.IdOf("LiCoO2"));

        Assert.True(exitCode == 0, error);
        var seen = JsonDocument.Parse(output).RootElement;
        Assert.False(string.IsNullOrEmpty(seen.GetProperty("formula").GetString()));
        Assert.False(string.IsNullOrEmpty(seen.GetProperty("model_version").GetString()));
        Assert.Equal(3, seen.GetProperty("neighbours").GetInt32());
        Assert.Equal(2, seen.GetProperty("similar").GetArrayLength());
        Assert.Equal(3, seen.GetProperty("similar_query").GetInt32());
        Assert.Equal([server.IdOf("LiCoO2")], seen.GetProperty("search").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(server.Catalog.Get(server.IdOf("LiCoO2"))!.Doi, seen.GetProperty("doi").GetString());
        Assert.Equal("INVALID_ARGUMENT", seen.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("2 to 10 precursors, got 1", seen.GetProperty("error").GetProperty("details").GetString());
    }
}
