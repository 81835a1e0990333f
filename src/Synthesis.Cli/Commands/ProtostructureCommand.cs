using System.CommandLine;
using Synthesis.Chemistry.Structures;
using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Cli.Commands;

/// <summary>
/// `synthesis protostructure --cif FILE | --json FILE | --label TEXT`: the Aflow-style protostructure label of a
/// crystal structure (symmetry found by spglib), or a label checked and written in normal form; `--nodes` adds the
/// Wren graph's nodes, `--equivalents` the equivalent labellings.
/// </summary>
public static class ProtostructureCommand
{
    public static Command Create()
    {
        var cif = new Option<FileInfo?>("--cif") { Description = "A CIF file (cell, atom sites; symmetry operations applied when listed)." };
        var json = new Option<FileInfo?>("--json") { Description = "A pymatgen Structure as JSON (Structure.as_dict())." };
        var label = new Option<string?>("--label") { Description = "A protostructure label to check, e.g. AB6C3_hR30_160_a_2b_b:Hf-N-Zn." };
        var nodes = new Option<bool>("--nodes") { Description = "Also list the Wren nodes: element, Wyckoff letter, weight (fractional multiplicity)." };
        var equivalents = new Option<bool>("--equivalents") { Description = "Also list the equivalent labellings (Wren's augmentation)." };
        var command = new Command("protostructure", "The protostructure label of a crystal structure (CIF or pymatgen JSON), or a label checked.")
            { cif, json, label, nodes, equivalents };
        command.SetAction(result => CliOutput.Run(() =>
        {
            var (cifFile, jsonFile, labelText) = (result.GetValue(cif), result.GetValue(json), result.GetValue(label));
            var given = (cifFile is null ? 0 : 1) + (jsonFile is null ? 0 : 1) + (labelText is null ? 0 : 1);
            if (given != 1) return CliOutput.Error("give one of --cif FILE, --json FILE or --label TEXT");
            var input = StructureInput.Read(labelText, cifFile is null ? null : StructureFile.Read(cifFile), jsonFile is null ? null : StructureFile.Read(jsonFile));
            Console.WriteLine(input.Label);
            if (result.GetValue(nodes))
                foreach (var node in input.Nodes)
                    Console.WriteLine($"  {node.Element,-3} {node.Letter}  {node.Weight:0.######}");
            if (result.GetValue(equivalents))
                foreach (var other in WyckoffRelabelings.Equivalents(input.Label, WyckoffTables.Default).Skip(1))
                    Console.WriteLine($"  = {other}");
            return 0;
        }));
        return command;
    }
}
