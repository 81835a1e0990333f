using LiteDB;
using Synthesis.Chemistry;
using System.CommandLine;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;

namespace Synthesis.Cli.Commands;

/// <summary>`synthesis predict --precursors "Na2O2, NiO" --actions "mixing, heating"`: the product, its uncertainty and the nearest literature reactions.</summary>
public static class PredictCommand
{
    public static Command Create()
    {
        var precursors = new Option<string>("--precursors") { Description = "Comma-separated precursor formulas (2–10), e.g. \"Na2O2, NiO\".", Required = true };
        var actions = new Option<string>("--actions")
        {
            Description = "Comma-separated actions in order: dry mixing, mixing in solution, quenching, shaping, heating, drying, liquid grinding (also: mixing, calcination, pressing …).",
            DefaultValueFactory = _ => "",
        };
        var neighbours = new Option<int>("--neighbours") { Description = "How many similar literature reactions to show (0–50).", DefaultValueFactory = _ => 5 };
        var candidates = new Option<int>("--candidates")
        {
            Description = $"How many ranked candidate products to show (1–{InputLimits.MaxCandidates}).", DefaultValueFactory = _ => InputLimits.DefaultCandidates,
        };
        var (model, device, threads, db) = (ModelOptions.Model(), ModelOptions.Device(), ModelOptions.Threads(), DatabaseOption.Create());
        var json = CliOutput.JsonOption();
        var command = new Command("predict", "Predict the product of a solid-state reaction with the reaction model.")
        {
            precursors, actions, neighbours, candidates, model, device, threads, db, json,
        };
        command.SetAction(result => DatabaseOption.Run(databases =>
        {
            var written = Split(result.GetValue(precursors)!);
            var query = new ReactionQuery(
                written.Select(FormulaParser.Parse).ToArray(),
                Split(result.GetValue(actions)!).Select(ActionNames.Parse).ToArray());
            ReactionPredictor.Validate([query], result.GetValue(neighbours));
            if (result.GetValue(candidates) is < 1 or > InputLimits.MaxCandidates)
                return CliOutput.Error($"--candidates must be between 1 and {InputLimits.MaxCandidates}, got {result.GetValue(candidates)}");
            var computeDevice = ModelOptions.SelectDevice(result.GetValue(device)!, result.GetValue(threads));
            var databasePath = DatabasePath.Resolve(result.GetValue(db));
            // A missing database is not created: the prediction needs only the model, the neighbours need the data.
            var exists = File.Exists(databasePath);
            var repository = exists ? new LiteDbReactionRepository(databases.For(databasePath)) : new LiteDbReactionRepository(new LiteDatabase(new MemoryStream()));
            if (repository.CurrentVersion() is null)
                Console.Error.WriteLine($"synthesis: note: the reaction database {databasePath} {(exists ? "is empty" : "does not exist")}, so no similar reactions can be shown (run `synthesis import` first)");
            using var predictor = SlowWork.Run(
                "loading the model and embedding the database's reactions for the similar-reaction search (the first time on a database takes a few minutes on 2 cores; later runs read the cached embeddings)",
                () => ReactionPredictor.Load(ModelPath.Resolve(result.GetValue(model)), repository, computeDevice, exists ? Path.GetDirectoryName(databasePath) : null));
            var prediction = predictor.Predict([query], result.GetValue(neighbours), result.GetValue(candidates))[0];
            if (result.GetValue(json)) CliOutput.WriteJson(new { model_version = predictor.ModelVersion, prediction });
            else Print(written, query, prediction, predictor.ModelVersion);
            return 0;
        }));
        return command;
    }

    private static string Conditions(SupportingReaction example)
    {
        var parts = example.HeatingTemperaturesC.Select(t => $"{t:0} °C").Concat(example.HeatingTimesH.Select(h => $"{h:0.#} h")).ToArray();
        return parts.Length == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    private static string[] Split(string list) =>
        list.Split([',', ';', '>', '→'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Print(string[] precursors, ReactionQuery query, ProductPrediction prediction, string version)
    {
        // As written: reducing Na2O2 to "NaO" would change the chemistry a reader sees.
        Console.WriteLine($"{string.Join(" + ", precursors)}" +
                          $"  [{string.Join(" → ", query.Actions.Select(ActionNames.Display))}]");
        Console.WriteLine($"predicted product  {prediction.Formula}   (model {version})");
        if (prediction.Candidates.Count > 0)
        {
            Console.WriteLine("candidates (probability that the literature would record it; how many stored reactions do):");
            foreach (var (c, rank) in prediction.Candidates.Select((c, k) => (c, k + 1)))
            {
                var example = c.Support.Examples.FirstOrDefault();
                var conditions = example is null ? "" : Conditions(example);
                Console.WriteLine($"  {rank}. {c.Formula,-18} {c.Probability,6:P0}   {c.Support.Reactions,5:N0} reactions, {c.Support.SimilarReactions} from similar precursors" +
                                  (example is null ? "" : $"; e.g. doi {example.Doi}{conditions}") +
                                  (c.Analogues.Count > 0 ? $"; by analogy with {string.Join(", ", c.Analogues.Take(3))}" : "") +
                                  (c.DopedHost.Length > 0 ? $"; {c.DopedHost} doped" : "") + $"   [{string.Join(", ", c.Sources)}]");
            }
        }
        Console.WriteLine($"model's own fractions  {prediction.ModelFormula}   (uncertainty {prediction.Uncertainty:0.000})");
        Console.WriteLine($"{"element",-8} {"top candidate",13} {"model",16} {"P(present)",11}");
        foreach (var e in prediction.Elements)
            Console.WriteLine($"{e.Element,-8} {(e.Fraction > 0 ? $"{e.Fraction:0.000}" : "—"),13} {(e.ModelFraction > 0 ? $"{e.ModelFraction:0.000} ± {e.FractionStd:0.000}" : "—"),16} {e.Probability,11:0.000}");
        foreach (var warning in prediction.Warnings) Console.WriteLine($"note: {warning}");
        if (prediction.Neighbours.Count == 0) return;
        Console.WriteLine("most similar literature reactions:");
        foreach (var n in prediction.Neighbours)
            Console.WriteLine($"  {n.Similarity:0.000}  {n.ReactionString}   (target {n.Target}; doi {n.Doi}; id {n.ReactionId})");
    }
}
