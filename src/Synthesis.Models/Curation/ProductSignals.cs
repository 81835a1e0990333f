using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Curation;
using Synthesis.Data.Curation.Rules;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;

namespace Synthesis.Models.Curation;

/// <summary>What the model's answer says about one record: its signals, candidates, neighbours and the model reasons that apply.</summary>
public sealed class ScoredReaction
{
    public string ReactionId { get; set; } = "";
    public string PredictedProduct { get; set; } = "";
    public ModelSignals Signals { get; set; } = new();
    public List<FlagCandidate> Candidates { get; set; } = [];
    public List<FlagNeighbour> Neighbours { get; set; } = [];
    public List<FlagReason> Reasons { get; set; } = [];
}

/// <summary>
/// Reads a prediction against the recorded product. Uses the model's ranked candidates when it has them; a model
/// without a candidate scorer stands in with one pseudo-candidate, its rounded mean fractions, whose probability is
/// that of its element set under the element classifiers times e^(−uncertainty / 0.05).
/// </summary>
public static class ProductSignals
{
    /// <summary>Two products are the same within this L1 of their fractions (as the candidate scorer counts a hit).</summary>
    public const double SameProductL1 = 0.05;
    private const double UncertaintyScale = 0.05;
    private const int MaxCandidatesKept = 5;

    public static ScoredReaction Measure(Reaction reaction, ProductPrediction prediction)
    {
        var recorded = Composition.From(reaction.Target).Normalised();
        var candidates = Candidates(prediction);
        var top = candidates[0];
        var rank = candidates.FindIndex(c => CompositionDistance.L1(c.Composition, recorded) <= SameProductL1);
        var paper = DoiVariants.Normalise(reaction.Doi);
        var neighbours = prediction.Neighbours.Where(n => n.ReactionId != reaction.Id && DoiVariants.Normalise(n.Doi) != paper).ToList();
        var neighbourProducts = neighbours.Select(n => FormulaParser.TryParse(n.Target, out var c, out _) ? c : null).OfType<Composition>().ToList();
        var signals = new ModelSignals
        {
            RecordedRank = rank + 1,
            RecordedProbability = rank >= 0 ? candidates[rank].Probability : 0,
            TopProbability = top.Probability,
            L1Error = CompositionDistance.L1(top.Composition, recorded),
            EleMdError = CompositionDistance.ElementMovers(top.Composition, recorded),
            ExtraElements = top.Composition.Elements.Except(recorded.Elements).Order(StringComparer.Ordinal).ToList(),
            MissingElements = recorded.Elements.Except(top.Composition.Elements).Order(StringComparer.Ordinal).ToList(),
            NeighboursConsidered = neighbourProducts.Count,
            NeighbourAgreement = neighbourProducts.Count == 0 ? 0
                : neighbourProducts.Count(n => CompositionDistance.L1(n, top.Composition) < CompositionDistance.L1(n, recorded)) / (double)neighbourProducts.Count,
            HasCandidates = prediction.Candidates.Count > 0,
        };
        return new ScoredReaction
        {
            ReactionId = reaction.Id,
            PredictedProduct = top.Formula,
            Signals = signals,
            Candidates = candidates.Take(MaxCandidatesKept).Select(c => new FlagCandidate { Formula = c.Formula, Probability = c.Probability, Sources = [.. c.Sources] }).ToList(),
            Neighbours = neighbours.Select(n => new FlagNeighbour { ReactionId = n.ReactionId, Doi = n.Doi, ReactionString = n.ReactionString, Target = n.Target, Similarity = n.Similarity }).ToList(),
            Reasons = Reasons(signals),
        };
    }

    public static List<FlagReason> Reasons(ModelSignals s)
    {
        var reasons = new List<FlagReason>();
        var different = s.L1Error > SameProductL1;
        if (different && s.RecordedRank != 1) reasons.Add(FlagReason.ModelDisagrees);
        if (s.ExtraElements.Count + s.MissingElements.Count > 0) reasons.Add(FlagReason.ElementSetMismatch);
        if (different && s.NeighboursConsidered >= 3 && s.NeighbourAgreement >= 0.6) reasons.Add(FlagReason.NeighboursDisagree);
        return reasons;
    }

    private sealed record Candidate(string Formula, Composition Composition, double Probability, IReadOnlyList<string> Sources);

    private static List<Candidate> Candidates(ProductPrediction prediction)
    {
        if (prediction.Candidates.Count > 0)
            return prediction.Candidates.Select(c => new Candidate(c.Formula, Composition.From(c.Fractions).Normalised(), c.Probability, c.Sources)).ToList();
        var present = prediction.Elements.Where(e => e.ModelFraction > 0).ToList();
        var fractions = present.Count > 0 ? Composition.From(present.Select(e => KeyValuePair.Create(e.Element, e.ModelFraction))).Normalised()
            : Composition.Parse(prediction.ModelFormula.Length > 0 ? prediction.ModelFormula : prediction.Formula).Normalised();
        var elementSet = prediction.Elements.Aggregate(1.0, (p, e) => p * (e.ModelFraction > 0 ? e.Probability : 1 - e.Probability));
        var probability = elementSet * Math.Exp(-prediction.Uncertainty / UncertaintyScale);
        var formula = prediction.ModelFormula.Length > 0 ? prediction.ModelFormula : prediction.Formula;
        return [new Candidate(formula, fractions, probability, [Reactions.Candidates.CandidateSources.Model])];
    }
}
