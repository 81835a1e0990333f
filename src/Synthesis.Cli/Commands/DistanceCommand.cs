using System.CommandLine;
using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis distance LiCoO2 NaCoO2`: how far apart two compositions are.</summary>
public static class DistanceCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("first") { Description = "First formula." };
        var second = new Argument<string>("second") { Description = "Second formula." };
        var json = CliOutput.JsonOption();
        var command = new Command("distance", "L1, L2 and Element Mover's Distance between two compositions (on fractions).") { first, second, json };
        command.SetAction(result => CliOutput.Run(() =>
        {
            var a = FormulaParser.Parse(result.GetValue(first)!);
            var b = FormulaParser.Parse(result.GetValue(second)!);
            var distances = new
            {
                first = a.ToFormula(),
                second = b.ToFormula(),
                l1 = CompositionDistance.L1(a, b),
                l2 = CompositionDistance.L2(a, b),
                element_movers_distance = CompositionDistance.ElementMovers(a, b),
            };
            if (result.GetValue(json)) CliOutput.WriteJson(distances);
            else
            {
                Console.WriteLine($"{distances.first} vs {distances.second}");
                Console.WriteLine($"L1                        {distances.l1:0.####}");
                Console.WriteLine($"L2                        {distances.l2:0.####}");
                Console.WriteLine($"Element Mover's Distance  {distances.element_movers_distance:0.####}");
            }
            return 0;
        }));
        return command;
    }
}
