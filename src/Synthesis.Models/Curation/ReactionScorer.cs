using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;

namespace Synthesis.Models.Curation;

/// <summary>Runs a predictor over stored reactions in batches and measures each answer against the record.</summary>
public static class ReactionScorer
{
    public const int Neighbours = 10;
    public const int Candidates = 5;
    private const int BatchSize = 256;

    /// <summary>
    /// Scores every reaction the model can take (2 to 10 precursors, elements it knows); the others are left out
    /// and get rule checks only. Reports how many reactions are done after each batch.
    /// </summary>
    public static List<ScoredReaction> Score(IReactionPredictor predictor, IReadOnlyList<Reaction> reactions, Action<int>? progress = null,
        CancellationToken cancellation = default)
    {
        var scoreable = reactions.Where(r => r.Precursors.Count is >= ReactionQueryLimits.Min and <= ReactionQueryLimits.Max).ToList();
        var scored = new List<ScoredReaction>(scoreable.Count);
        foreach (var batch in scoreable.Chunk(BatchSize))
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var (reaction, prediction) in Predict(predictor, batch))
                scored.Add(ProductSignals.Measure(reaction, prediction));
            progress?.Invoke(scored.Count);
        }
        return scored;
    }

    private static IEnumerable<(Reaction, ProductPrediction)> Predict(IReactionPredictor predictor, Reaction[] batch)
    {
        IReadOnlyList<ProductPrediction> predictions;
        try
        {
            predictions = predictor.Predict(batch.Select(Query).ToList(), Neighbours, Candidates);
        }
        catch (ArgumentException) when (batch.Length > 1)
        {
            // One reaction the model cannot take (an element outside its vocabulary) must not cost the batch.
            return batch.SelectMany(r => Predict(predictor, [r]));
        }
        catch (ArgumentException)
        {
            return [];
        }
        return batch.Zip(predictions);
    }

    /// <summary>The record as a query that carries its id and DOI, so that its own paper never feeds its candidates.</summary>
    public static ReactionQuery Query(Reaction reaction) =>
        new(reaction.Precursors.Select(p => Composition.From(p.Composition)).ToList(), reaction.Actions) { Stored = new StoredReaction(reaction.Id, reaction.Doi) };

    private static class ReactionQueryLimits
    {
        public const int Min = Chemistry.InputLimits.MinPrecursors;
        public const int Max = Chemistry.InputLimits.MaxPrecursors;
    }
}
