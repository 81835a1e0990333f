using System.CommandLine;
using Synthesis.Chemistry.Formulas;
using Synthesis.Chemistry.Structures;
using Synthesis.Models.Properties;
using Synthesis.Models.Properties.Roost;
using Synthesis.Models.Properties.Wren;

namespace Synthesis.Cli.Commands;

/// <summary>
/// `synthesis predict-property --formula CdTe` (Roost) or `--label TEXT | --cif FILE | --structure FILE` (Wren): a
/// composition's or a crystal structure's property from an ensemble, with both uncertainties.
/// </summary>
public static class PredictPropertyCommand
{
    /// <summary>The shipped composition default: Roost pre-trained on Materials Project band gaps, fine-tuned on experimental ones.</summary>
    public const string DefaultModel = "models/roost/expt-non-metals-from-mp-non-metals";

    /// <summary>The shipped structure default: Wren on Matbench phonons (last phonon DOS peak, cm⁻¹).</summary>
    public const string DefaultStructureModel = "models/wren/matbench_phonons";

    private const string OneInput = "give one of --formula TEXT, --label TEXT, --cif FILE or --structure FILE";

    public static Command Create()
    {
        var (device, threads, json) = (ModelOptions.Device(), ModelOptions.Threads(), CliOutput.JsonOption());
        var formula = new Option<string?>("--formula") { Description = "Composition, e.g. CdTe or Hg0.7Cd0.3Te (a Roost model)." };
        var label = new Option<string?>("--label") { Description = "Protostructure label, e.g. AB6C3_hR30_160_a_2b_b:Hf-N-Zn (a Wren model)." };
        var cif = new Option<FileInfo?>("--cif") { Description = "A CIF file; its symmetry is found with spglib and labelled (a Wren model)." };
        var structure = new Option<FileInfo?>("--structure") { Description = "A pymatgen Structure as JSON (Structure.as_dict()), labelled as --cif is (a Wren model)." };
        var model = new Option<string?>("--model")
        {
            Description = $"Model folder: a Roost model for --formula (default {DefaultModel}), a Wren model for a structure (default {DefaultStructureModel}).",
        };
        var command = new Command("predict-property",
            "Predict a composition's property (default: experimental band gap) or a crystal structure's (default: last phonon DOS peak) with aleatoric and epistemic uncertainty.")
        {
            formula, label, cif, structure, model, device, threads, json,
        };
        command.SetAction(result => CliOutput.Run(() =>
        {
            var (formulaText, labelText, cifFile, structureFile) = (result.GetValue(formula), result.GetValue(label), result.GetValue(cif), result.GetValue(structure));
            if (new object?[] { formulaText, labelText, cifFile, structureFile }.Count(o => o is not null) != 1) return CliOutput.Error(OneInput);
            var on = () => ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            var folder = result.GetValue(model);
            if (formulaText is not null)
            {
                var composition = FormulaParser.Parse(formulaText);
                using var roost = RoostModel.Load(Path.GetFullPath(folder ?? DefaultModel), on());
                Write(result.GetValue(json), composition.ToFormula(), null, roost.Manifest, roost.Predict([composition])[0]);
                return 0;
            }
            var input = StructureInput.Read(labelText, cifFile is null ? null : StructureFile.Read(cifFile), structureFile is null ? null : StructureFile.Read(structureFile));
            using var wren = WrenModel.Load(Path.GetFullPath(folder ?? DefaultStructureModel), on());
            Write(result.GetValue(json), null, input.Label.ToString(), wren.Manifest, wren.Predict([input.Label])[0]);
            return 0;
        }));
        return command;
    }

    /// <summary>One line, or JSON with the composition's "formula" or the structure's "label" (as the model read it).</summary>
    private static void Write(bool json, string? formula, string? label, PropertyManifest manifest, PropertyPrediction prediction)
    {
        if (json)
            CliOutput.WriteJson(new
            {
                formula,
                label,
                target = manifest.Target,
                unit = manifest.Unit,
                value = prediction.Value,
                aleatoric = prediction.Aleatoric,
                epistemic = prediction.Epistemic,
                members = manifest.Members,
            });
        else
            Console.WriteLine($"{formula ?? label}  {manifest.Target} {prediction.Value:0.00} {manifest.Unit}  ± {prediction.Total:0.00} " +
                              $"(aleatoric {prediction.Aleatoric:0.00}, epistemic {prediction.Epistemic:0.00}; {manifest.Members} member(s))");
    }
}
