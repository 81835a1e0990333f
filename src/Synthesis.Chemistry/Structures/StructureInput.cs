using Synthesis.Chemistry.Structures.Cif;
using Synthesis.Chemistry.Symmetry;
using Synthesis.Chemistry.Wyckoff;

namespace Synthesis.Chemistry.Structures;

/// <summary>How a structure was given.</summary>
public enum StructureFormat
{
    Label,
    Cif,
    PymatgenJson,
}

/// <summary>A structure as Wren reads it: its protostructure label, the label's nodes, and what it was read from.</summary>
public sealed record ProtostructureInput(ProtostructureLabel Label, IReadOnlyList<WrenNode> Nodes, StructureFormat From);

/// <summary>
/// The one way in for a structure, whichever form it comes in — an Aflow-style label, CIF text or pymatgen JSON
/// text — with the checks a PredictStructure request needs: exactly one form given, each bounded by
/// <see cref="InputLimits"/> before it is read, and every problem a <see cref="StructureInputException"/> naming the
/// field (<c>label</c>, <c>cif</c>, <c>pymatgen_json</c>, after <paramref name="prefix"/>).
/// </summary>
public static class StructureInput
{
    public const string LabelField = "label";
    public const string CifField = "cif";
    public const string PymatgenJsonField = "pymatgen_json";

    /// <summary>
    /// Reads the one non-empty form of <paramref name="label"/>, <paramref name="cif"/> and
    /// <paramref name="pymatgenJson"/> (empty and null both mean "not given", as in a proto3 message).
    /// </summary>
    /// <param name="prefix">Prepended to field names in errors, e.g. "structure." for a nested message.</param>
    public static ProtostructureInput Read(string? label, string? cif, string? pymatgenJson, string prefix = "", SymmetryTolerance? tolerance = null)
    {
        var given = new[] { (LabelField, label), (CifField, cif), (PymatgenJsonField, pymatgenJson) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Item2)).ToArray();
        if (given.Length != 1)
            throw new StructureInputException($"{prefix}{LabelField}",
                $"give exactly one of {prefix}{LabelField}, {prefix}{CifField} or {prefix}{PymatgenJsonField}, got {(given.Length == 0 ? "none" : string.Join(" and ", given.Select(g => prefix + g.Item1)))}");
        var (field, text) = given[0];
        return field switch
        {
            LabelField => FromLabel(text!, prefix),
            CifField => FromCif(text!, prefix, tolerance),
            _ => FromPymatgenJson(text!, prefix, tolerance),
        };
    }

    /// <summary>The field a structure of this form comes in: "label", "cif" or "pymatgen_json".</summary>
    public static string Field(StructureFormat format) => format switch
    {
        StructureFormat.Label => LabelField,
        StructureFormat.Cif => CifField,
        _ => PymatgenJsonField,
    };

    public static ProtostructureInput FromLabel(string text, string prefix = "")
    {
        try
        {
            return WithNodes(ProtostructureLabel.Parse(text), StructureFormat.Label);
        }
        catch (ProtostructureLabelException e)
        {
            throw new StructureInputException(prefix + LabelField, e.Reason);
        }
    }

    public static ProtostructureInput FromCif(string text, string prefix = "", SymmetryTolerance? tolerance = null) =>
        FromStructure(text, CifReader.Read, StructureFormat.Cif, prefix + CifField, tolerance);

    public static ProtostructureInput FromPymatgenJson(string text, string prefix = "", SymmetryTolerance? tolerance = null) =>
        FromStructure(text, PymatgenStructureReader.Read, StructureFormat.PymatgenJson, prefix + PymatgenJsonField, tolerance);

    private static ProtostructureInput FromStructure(string text, Func<string, CrystalStructure> read, StructureFormat format, string field, SymmetryTolerance? tolerance)
    {
        try
        {
            return WithNodes(ProtostructureLabeller.Label(read(text), tolerance), format);
        }
        catch (StructureException e)
        {
            throw new StructureInputException(field, e.Reason);
        }
    }

    private static ProtostructureInput WithNodes(ProtostructureLabel label, StructureFormat format) =>
        new(label, WrenGraph.Nodes(label, WyckoffTables.Default), format);
}
