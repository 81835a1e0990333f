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
