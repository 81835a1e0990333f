namespace Synthesis.Server.Tests.Fixtures;

/// <summary>Real crystal structures of Matbench phonons for the PredictStructure tests, with the labels python3-spglib gives them.</summary>
public static class RealStructures
{
    /// <summary>Structure 567, CuAlO2 (delafossite; last phonon DOS peak 858 cm⁻¹), as a CIF with its symmetry operations.</summary>
    public static readonly string DelafossiteCifPath =
        Path.Combine(PythonClient.RepositoryRoot, "tests", "Synthesis.Chemistry.Tests", "Fixtures", "structures", "567-symmetrised.cif");

    public static string DelafossiteCif => File.ReadAllText(DelafossiteCifPath);

    public const string DelafossiteLabel = "ABC2_hR12_166_a_b_c:Al-Cu-O";

    /// <summary>Structure 0, rock-salt BaTe (99 cm⁻¹), as Structure.as_dict() JSON trimmed to what the reader needs.</summary>
    public const string BariumTellurideJson = """
        {"lattice": {"matrix": [[0, 3.5, 3.5], [3.5, 0, 3.5], [3.5, 3.5, 0]]},
         "sites": [{"species": [{"element": "Ba", "occu": 1}], "abc": [0, 0, 0]}, {"species": [{"element": "Te", "occu": 1}], "abc": [0.5, 0.5, 0.5]}]}
        """;

    public const string BariumTellurideLabel = "AB_cF8_225_a_b:Ba-Te";
}
