using Synthesis.Client;

// Usage: dotnet run --project clients/csharp/Synthesis.Client.Example -- [host:port]
using var client = new SynthesisClient(args.FirstOrDefault() ?? "127.0.0.1:50051");

var prediction = await client.PredictAsync(["Na2O2", "NiO"], ["mixing", "heating"], neighbours: 5);
Console.WriteLine($"Na2O2 + NiO → {prediction.Formula} (uncertainty {prediction.Uncertainty:0.000}, model {prediction.ModelVersion})");
foreach (var e in prediction.Elements)
    Console.WriteLine($"  {e.Element,-3} {e.Fraction:0.000} ± {e.FractionStd:0.000}  p(present) = {e.Probability:0.00}");
foreach (var n in prediction.Neighbours)
    Console.WriteLine($"  {n.Similarity:0.000}  {n.ReactionString}  ({n.Doi})");

var page = await client.SearchAsync("LiCoO2", contains: ["Li", "Co"], excludes: ["Ni"], pageSize: 5);
Console.WriteLine($"Search 'LiCoO2' with Li and Co, no Ni: {page.Total} matches");
foreach (var m in page.Matches) Console.WriteLine($"  {m.Score,3}  {m.ReactionId}  {m.ReactionString}");

try
{
    await client.PredictAsync(["NiO"], ["heating"]);
}
catch (SynthesisException e)
{
    Console.WriteLine($"A single precursor is refused: {e.Status}: {e.Detail}");
}

// Property models: a band gap from a composition (Roost), a phonon peak from a structure (Wren).
foreach (var model in await client.ListModelsAsync())
    Console.WriteLine($"Model {model.Name} ({model.Input}): {model.Target} in {model.Unit}, test MAE {model.TestMae?.ToString("0.###") ?? "not measured"}");
var gap = await client.PredictCompositionAsync("CdTe");
Console.WriteLine($"CdTe: {gap.Target} {gap.Value:0.00} {gap.Unit} (aleatoric {gap.AleatoricUncertainty:0.00}, epistemic {gap.EpistemicUncertainty:0.00})");
var peak = await client.PredictStructureAsync(label: "AB_cF8_225_a_b:Ba-Te");
Console.WriteLine($"{peak.ProtostructureLabel}: {peak.Target} {peak.Value:0} {peak.Unit} (aleatoric {peak.AleatoricUncertainty:0}, epistemic {peak.EpistemicUncertainty:0})");
