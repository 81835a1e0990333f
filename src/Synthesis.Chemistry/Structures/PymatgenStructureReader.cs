using System.Text.Json;

namespace Synthesis.Chemistry.Structures;

/// <summary>
/// Reads a crystal structure written by pymatgen's Structure.as_dict() (as in matbench_phonons.json.gz):
/// "lattice": {"matrix": [[…], […], […]]} (rows a, b, c in Å; the cell parameters a, b, c, alpha, beta, gamma when
/// there is no matrix), "sites": [{"species": [{"element": "Ba", "occu": 1}], "abc": [x, y, z]}, …]. Ordered
/// structures only: a site with two species or a partial occupancy is refused. Other keys are ignored.
/// </summary>
public static class PymatgenStructureReader
{
    private const string Source = "pymatgen JSON";

    /// <summary>Occupancies within this of 1 count as full.</summary>
    private const double OccupancyTolerance = 1e-3;

    public static CrystalStructure Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > InputLimits.MaxStructureTextLength) throw Error($"longer than {InputLimits.MaxStructureTextLength:N0} characters");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw Error($"not JSON ({InputLimits.Echo(e.Message.ReplaceLineEndings(" "))})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error("not a JSON object");
            var lattice = ReadLattice(Member(root, "lattice", JsonValueKind.Object, "the structure"));
            var sites = Member(root, "sites", JsonValueKind.Array, "the structure");
            if (sites.GetArrayLength() > InputLimits.MaxStructureSites) throw Error($"more than {InputLimits.MaxStructureSites} atomic sites");
            return CrystalStructure.Create(lattice, sites.EnumerateArray().Select(ReadSite).ToArray(), Error);
        }
    }

    private static Lattice ReadLattice(JsonElement lattice)
    {
        if (lattice.TryGetProperty("matrix", out var matrix))
        {
            var rows = Numbers(matrix, 3, "lattice.matrix").Select(row => Numbers(row, 3, "lattice.matrix").Select(v => Number(v, "lattice.matrix")).ToArray()).ToArray();
            return Lattice.FromVectors(new[,] { { rows[0][0], rows[0][1], rows[0][2] }, { rows[1][0], rows[1][1], rows[1][2] }, { rows[2][0], rows[2][1], rows[2][2] } }, Error);
        }
        double Parameter(string name) => Number(Member(lattice, name, JsonValueKind.Number, "lattice"), $"lattice.{name}");
        return Lattice.FromParameters(Parameter("a"), Parameter("b"), Parameter("c"), Parameter("alpha"), Parameter("beta"), Parameter("gamma"), Error);
    }

    private static CrystalSite ReadSite(JsonElement site, int index)
    {
        var where = $"site {index}";
        if (site.ValueKind != JsonValueKind.Object) throw Error($"{where} is not an object");
        var species = Member(site, "species", JsonValueKind.Array, where);
        if (species.GetArrayLength() != 1) throw Error($"{where} is disordered ({species.GetArrayLength()} species); ordered structures only");
        var only = species[0];
        if (only.ValueKind != JsonValueKind.Object) throw Error($"{where}: species is not an object");
        var element = Member(only, "element", JsonValueKind.String, where).GetString()!;
        if (only.TryGetProperty("occu", out var occupancy) && Math.Abs(Number(occupancy, $"{where} occu") - 1) > OccupancyTolerance)
            throw Error($"{where} is partly occupied (occu {occupancy.GetRawText()}); ordered structures only");
        var abc = Numbers(Member(site, "abc", JsonValueKind.Array, where), 3, $"{where} abc").Select(v => Number(v, $"{where} abc")).ToArray();
        return new CrystalSite(element, abc[0], abc[1], abc[2]);
    }

    private static JsonElement Member(JsonElement parent, string name, JsonValueKind kind, string where) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == kind ? value
            : throw Error($"{where} has no \"{name}\" {(kind == JsonValueKind.Array ? "array" : kind.ToString().ToLowerInvariant())}");

    private static JsonElement[] Numbers(JsonElement array, int count, string what) =>
        array.ValueKind == JsonValueKind.Array && array.GetArrayLength() == count ? array.EnumerateArray().ToArray()
            : throw Error($"{what} is not a list of {count}");

    private static double Number(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) ? number : throw Error($"{what} is not a number");

    private static StructureException Error(string reason) => new(Source, reason);
}
