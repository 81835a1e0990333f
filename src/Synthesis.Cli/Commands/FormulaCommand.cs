using System.CommandLine;
using Synthesis.Chemistry.Features;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis formula "Fe2(SO4)3·5H2O"`: parse a formula and show its composition.</summary>
public static class FormulaCommand
{
    public static Command Create()
    {
        var formula = new Argument<string>("formula") { Description = "A chemical formula, e.g. \"Fe2(SO4)3·5H2O\" or La0.6Sr0.4MnO3." };
        var features = new Option<bool>("--features") { Description = "Also print the 145 Magpie composition features." };
        var json = CliOutput.JsonOption();
        var command = new Command("formula", "Parse a formula: element amounts, fractions and the reduced formula.") { formula, features, json };
        command.SetAction(result => CliOutput.Run(() =>
        {
            var composition = FormulaParser.Parse(result.GetValue(formula)!);
            var normalised = composition.Normalised();
            var magpie = result.GetValue(features) ? MagpieFeatures.Compute(composition) : null;
            if (result.GetValue(json))
            {
                CliOutput.WriteJson(new
                {
                    formula = composition.ToFormula(),
                    amounts = composition.ToDictionary(e => e.Key, e => e.Value),
                    fractions = normalised.ToDictionary(e => e.Key, e => e.Value),
                    magpie_features = magpie is null ? null : MagpieFeatures.Names.Zip(magpie).ToDictionary(p => p.First, p => p.Second),
                });
                return 0;
            }
            Console.WriteLine($"formula  {composition.ToFormula()}");
            Console.WriteLine($"{"element",-8} {"amount",10} {"fraction",10}");
            foreach (var (element, amount) in composition)
                Console.WriteLine($"{element,-8} {amount,10:0.####} {normalised[element],10:0.####}");
            if (magpie is not null)
                foreach (var (name, value) in MagpieFeatures.Names.Zip(magpie))
                    Console.WriteLine($"{name,-32} {value,12:0.#####}");
            return 0;
        }));
        return command;
    }
}
