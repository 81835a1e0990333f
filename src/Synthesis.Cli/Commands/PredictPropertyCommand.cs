using System.CommandLine;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Properties.Roost;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis predict-property --formula CdTe`: a composition's property from a Roost ensemble, with both uncertainties.</summary>
public static class PredictPropertyCommand
{
    /// <summary>The shipped default: Roost pre-trained on Materials Project band gaps, fine-tuned on experimental ones.</summary>
    public const string DefaultModel = "models/roost/expt-non-metals-from-mp-non-metals";

    public static Command Create()
    {
        var (device, threads, json) = (ModelOptions.Device(), ModelOptions.Threads(), CliOutput.JsonOption());
        var formula = new Option<string>("--formula") { Description = "Composition, e.g. CdTe or Hg0.7Cd0.3Te.", Required = true };
        var model = new Option<string>("--model") { Description = "Roost model folder.", DefaultValueFactory = _ => DefaultModel };
        var command = new Command("predict-property", "Predict a composition's property (default: experimental band gap) with aleatoric and epistemic uncertainty.")
        {
            formula, model, device, threads, json,
        };
        command.SetAction(result => CliOutput.Run(() =>
        {
            var composition = FormulaParser.Parse(result.GetValue(formula)!);
            using var roost = RoostModel.Load(Path.GetFullPath(result.GetValue(model)!), ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads)));
            var prediction = roost.Predict([composition])[0];
            var manifest = roost.Manifest;
            if (result.GetValue(json))
                CliOutput.WriteJson(new
                {
                    formula = composition.ToFormula(),
                    target = manifest.Target,
                    unit = manifest.Unit,
                    value = prediction.Value,
                    aleatoric = prediction.Aleatoric,
                    epistemic = prediction.Epistemic,
                    members = manifest.Members,
                });
            else
                Console.WriteLine($"{composition.ToFormula()}  {manifest.Target} {prediction.Value:0.00} {manifest.Unit}  ± {prediction.Total:0.00} " +
                                  $"(aleatoric {prediction.Aleatoric:0.00}, epistemic {prediction.Epistemic:0.00}; {manifest.Members} member(s))");
            return 0;
        }));
        return command;
    }
}
