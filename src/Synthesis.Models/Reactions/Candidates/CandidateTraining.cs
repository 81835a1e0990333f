using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Trains a candidate scorer for a model on its split's validation reactions — reactions none of its members trained
/// on — and an even sample of its training reactions, with the training reactions as the literature, each reaction's
/// own paper left out.
/// </summary>
public static class CandidateTraining
{
    /// <param name="literature">the split's <see cref="TrainingLiterature"/> when the caller already built it</param>
    public static CandidateScorer Train(ReactionModel model, TrainingData data, CandidateOptions options, ModelOutput? validationOutput = null,
        Literature? literature = null)
    {
        var generator = new CandidateGenerator(literature ?? TrainingLiterature(data), options);
        var examples = Examples(model, data, generator, data.Validation, validationOutput).Concat(Examples(model, data, generator, Sample(data, options), null)).ToArray();
        return CandidateScorer.Train(examples, hidden: options.ScorerHiddenUnits) with { Options = options };
    }

    /// <summary>
    /// Trains the <see cref="RetrievalStoichiometry"/> of a model on its split's validation reactions, each with its own
    /// reaction and paper left out of the literature's tier.
    /// </summary>
    public static RetrievalStoichiometry TrainStoichiometry(ReactionModel model, TrainingData data, ModelOutput? validationOutput = null, Literature? literature = null)
    {
        literature ??= TrainingLiterature(data);
        validationOutput ??= model.Predict(data.Validation);
        return RetrievalStoichiometry.Train(data.Validation.Select((e, i) =>
            (ModelView.From(model, validationOutput, i), Tier(literature, e.Precursors, e.Id, data.Doi(e.Id)), e.Product!)).ToArray());
    }

    /// <summary>The most similar tier of a query's precursors (as the candidates read it), the given reaction and its paper left out.</summary>
    public static LiteratureTier Tier(Literature literature, IReadOnlyList<Composition> precursors, string? excludedId, string? excludedDoi) =>
        new(literature, literature.MostSimilar(Literature.Keys(precursors), literature.Excluding(excludedId, excludedDoi), CandidateOptions.DefaultSimilarReactions));

    /// <summary>The training reactions the scorer learns from beside the validation ones: an even sample of <see cref="CandidateOptions.ScorerTrainingReactions"/>.</summary>
    public static ReactionExample[] Sample(TrainingData data, CandidateOptions options)
    {
        if (options.ScorerTrainingReactions <= 0) return [];
        var step = Math.Max(1, data.Train.Count / options.ScorerTrainingReactions);
        return data.Train.Where((_, i) => i % step == 0).Take(options.ScorerTrainingReactions).ToArray();
    }

    /// <summary>Each reaction's candidates, its own paper and itself left out of the literature, and which of them are right.</summary>
    private static (CandidateSet Set, bool[] Right)[] Examples(ReactionModel model, TrainingData data, CandidateGenerator generator,
        IReadOnlyList<ReactionExample> reactions, ModelOutput? output)
    {
        if (reactions.Count == 0) return [];
        output ??= model.Predict(reactions);
        return reactions.Select((e, i) =>
        {
            var set = generator.Generate(e.Precursors, ModelView.From(model, output, i), e.Id, data.Doi(e.Id));
            return (set, CandidateRanker.Right(set.Candidates, e.Product!));
        }).ToArray();
    }

    /// <summary>The literature an evaluation may use: the training reactions of the split, nothing else.</summary>
    public static Literature TrainingLiterature(TrainingData data) =>
        new(data.Train.Select(e => data.Sources.TryGetValue(e.Id, out var reaction) ? LiteratureRecord.From(reaction)
            : new LiteratureRecord(e.Id, "", "", e.Precursors, e.Product!, [], [])));
}
