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

    [PythonGrpcFact]
    public void Python_client_lists_property_models_and_predicts_from_a_composition_and_structures()
    {
        var (exitCode, output, error) = PythonClient.Run("tests/Synthesis.Server.Tests/Python/property_checks.py", server.Address, RealStructures.DelafossiteCifPath);

        Assert.True(exitCode == 0, error);
        var seen = JsonDocument.Parse(output).RootElement;
        var models = seen.GetProperty("models");
        Assert.Equal("composition", models.GetProperty("expt-non-metals-from-mp-non-metals").GetProperty("input").GetString());
        Assert.Equal("structure", models.GetProperty("matbench_phonons").GetProperty("input").GetString());
        Assert.True(models.GetProperty("matbench_phonons").GetProperty("test_mae").GetDouble() > 0);
        Assert.Equal(("NaCl", "eV"), (seen.GetProperty("gap").GetProperty("formula").GetString(), seen.GetProperty("gap").GetProperty("unit").GetString()));
        Assert.InRange(seen.GetProperty("gap").GetProperty("value").GetDouble(), 4.0, 11.0); // measured 8.4 eV
        Assert.Equal(RealStructures.DelafossiteLabel, seen.GetProperty("from_cif").GetProperty("label").GetString());
        Assert.InRange(seen.GetProperty("from_cif").GetProperty("value").GetDouble(), 500, 1200); // measured 747 cm⁻¹
        Assert.Equal(RealStructures.BariumTellurideLabel, seen.GetProperty("from_json").GetProperty("label").GetString());
        Assert.Equal("INVALID_ARGUMENT", seen.GetProperty("label_error").GetProperty("code").GetString());
        Assert.StartsWith("label: Pearson symbol hR31", seen.GetProperty("label_error").GetProperty("details").GetString());
    }
}
