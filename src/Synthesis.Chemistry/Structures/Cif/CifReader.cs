using System.Globalization;
using Synthesis.Chemistry.Elements;

namespace Synthesis.Chemistry.Structures.Cif;

/// <summary>
/// Reads the crystal structure of a CIF's first data block — the subset that structure files use: the cell
/// (_cell_length_a/b/c, _cell_angle_alpha/beta/gamma), the atom sites (_atom_site_fract_x/y/z with
/// _atom_site_type_symbol, or the element at the start of _atom_site_label; _atom_site_occupancy must be 1) and,
/// when given, the symmetry operations (_space_group_symop_operation_xyz or _symmetry_equiv_pos_as_xyz), applied to
/// the listed sites (<see cref="SiteExpansion"/>). Numbers may carry a standard uncertainty, "5.431(2)". A CIF that
/// names a space group other than P1 but lists no operations is refused: the sites alone are not the structure.
/// At most <see cref="InputLimits.MaxStructureTextLength"/> characters and
/// <see cref="InputLimits.MaxSymmetryOperations"/> operations.
/// </summary>
public static class CifReader
{
    private const string Source = "CIF";
    private static readonly string[] OperationTags = ["_space_group_symop_operation_xyz", "_symmetry_equiv_pos_as_xyz"];
    private static readonly string[] SpaceGroupNameTags = ["_space_group_name_h-m_alt", "_symmetry_space_group_name_h-m"];

    public static CrystalStructure Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > InputLimits.MaxStructureTextLength) throw Error($"longer than {InputLimits.MaxStructureTextLength:N0} characters");
        var block = CifSyntax.Parse(text, Error);
        var lattice = Lattice.FromParameters(Cell(block, "_cell_length_a"), Cell(block, "_cell_length_b"), Cell(block, "_cell_length_c"),
            Cell(block, "_cell_angle_alpha"), Cell(block, "_cell_angle_beta"), Cell(block, "_cell_angle_gamma"), Error);
        var sites = SiteExpansion.Expand(ListedSites(block), Operations(block), Error);
        return CrystalStructure.Create(lattice, sites, Error);
    }

    private static double Cell(CifBlock block, string tag) =>
        block.Items.TryGetValue(tag, out var value) ? Number(value, tag) : throw Error($"no {tag}");

    private static IReadOnlyList<SymmetryOperation> Operations(CifBlock block)
    {
        var tag = OperationTags.FirstOrDefault(t => block.LoopWith(t) is not null || block.Items.ContainsKey(t));
        if (tag is null)
        {
            var name = SpaceGroupNameTags.Select(t => block.Items.GetValueOrDefault(t)).FirstOrDefault(n => n is not null);
            if (name is not null && name.Replace(" ", "", StringComparison.Ordinal) != "P1")
                throw Error($"names space group '{InputLimits.Echo(name)}' but lists no symmetry operations ({OperationTags[0]})");
            return [SymmetryOperation.Identity];
        }
        var texts = block.LoopWith(tag) is { } loop ? loop.Rows.Select(r => r[loop.Column(tag)]).ToArray() : [block.Items[tag]];
        if (texts.Length > InputLimits.MaxSymmetryOperations) throw Error($"more than {InputLimits.MaxSymmetryOperations} symmetry operations");
        return texts.Select(t => SymmetryOperation.Parse(t, Error)).ToArray();
    }

    private static List<CrystalSite> ListedSites(CifBlock block)
    {
        var loop = block.LoopWith("_atom_site_fract_x") ?? throw Error("no loop of _atom_site_fract_x (fractional atom sites)");
        if (loop.Rows.Count > InputLimits.MaxStructureSites) throw Error($"more than {InputLimits.MaxStructureSites} atom sites");
        int Required(string tag) => loop.Column(tag) is >= 0 and var c ? c : throw Error($"the atom site loop has no {tag}");
        var (x, y, z) = (Required("_atom_site_fract_x"), Required("_atom_site_fract_y"), Required("_atom_site_fract_z"));
        var symbol = loop.Column("_atom_site_type_symbol");
        var label = loop.Column("_atom_site_label");
        if (symbol < 0 && label < 0) throw Error("the atom site loop has neither _atom_site_type_symbol nor _atom_site_label");
        var occupancy = loop.Column("_atom_site_occupancy");
        return loop.Rows.Select((row, i) =>
        {
            var element = Element(row[symbol >= 0 ? symbol : label], i);
            if (occupancy >= 0 && row[occupancy] is not ("?" or ".") && Math.Abs(Number(row[occupancy], "_atom_site_occupancy") - 1) > 1e-3)
                throw Error($"atom site {i + 1} ({element}) is partly occupied ({InputLimits.Echo(row[occupancy])}); ordered structures only");
            return new CrystalSite(element, Number(row[x], "_atom_site_fract_x"), Number(row[y], "_atom_site_fract_y"), Number(row[z], "_atom_site_fract_z"));
        }).ToList();
    }

    /// <summary>The element that starts a type symbol or label: "Fe" of "Fe3+", "O" of "O2-", "Co" of "Co1", "O" of "OW".</summary>
    private static string Element(string text, int row)
    {
        var letters = new string(text.TakeWhile(char.IsAsciiLetter).Take(2).ToArray());
        if (letters.Length == 2 && char.IsAsciiLetterLower(letters[1]) && PeriodicTable.IsElement(letters)) return letters;
        if (letters.Length >= 1 && PeriodicTable.IsElement(letters[..1])) return letters[..1];
        throw Error($"atom site {row + 1} names no element ('{InputLimits.Echo(text)}')");
    }

    /// <summary>A CIF number, its standard uncertainty "(2)" dropped.</summary>
    private static double Number(string text, string tag)
    {
        var bracket = text.IndexOf('(');
        var digits = bracket >= 0 && text.EndsWith(')') ? text[..bracket] : text;
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error($"{tag} '{InputLimits.Echo(text)}' is not a number");
    }

    private static StructureException Error(string reason) => new(Source, reason);
}
