using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;

namespace Synthesis.Models.Tests.Reactions;

/// <summary>
/// Small made-up reaction sets with a learnable rule: carbonates lose their C, every cation of the
/// precursors ends in the product in equal amounts, oxygen fills half of it. Heating-free sequences
/// keep the carbon (a rule the action embedding must carry).
/// </summary>
internal static class SyntheticReactions
{
    private static readonly string[] Precursors = ["Li2CO3", "Na2CO3", "NiO", "Co3O4", "MnO2", "Fe2O3", "TiO2", "BaCO3", "SrCO3", "La2O3"];

    public static ReactionExample[] Make(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var precursors = Precursors.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).Select(Composition.Parse).ToArray();
            var heated = random.NextDouble() < 0.8;
            ActionClass[] actions = heated ? [ActionClass.DryMixing, ActionClass.Heating] : [ActionClass.SolutionMixing, ActionClass.Drying];
            var cations = precursors.SelectMany(p => p.Elements).Where(e => e is not ("O" or "C")).Distinct().ToArray();
            var product = new CompositionBuilder();
            foreach (var cation in cations) product.Add(cation, 1.0);
            if (!heated && precursors.Any(p => p.Contains("C"))) product.Add("C", 0.5);
            product.Add("O", cations.Length);
            return new ReactionExample($"syn-{seed}-{i}", precursors, actions, product.Build().Normalised());
        }).ToArray();
    }

    public static TrainingData Data(int train, int validation, int test) =>
        new(Make(train, 1), Make(validation, 2), Make(test, 3), "synthetic", 10, 1, "none");

    /// <summary>A model small enough to train in seconds.</summary>
    public static ReactionTrainingOptions TinyTraining(int epochs, int members = 2) => new()
    {
        Model = new ReactionModelOptions
        {
            NodeSize = 16, MessageLayers = 2, Heads = 2, HiddenSize = 32,
            ClassifierHidden = [32, 32], RegressorHidden = [32, 32, 16],
        },
        Members = members,
        MaxEpochs = epochs,
        AutoencoderEpochs = 30,
        Patience = epochs,
        RegressorPatience = epochs,
        BatchSize = 16,
        LearningRate = 3e-3,
        Seed = 5,
    };
}
