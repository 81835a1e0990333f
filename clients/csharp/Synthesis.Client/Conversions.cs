using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Client;

/// <summary>Wire messages ↔ the client's plain records.</summary>
internal static class Conversions
{
    public static Proto.ReactionQuery ToQuery(IEnumerable<string> precursors, IEnumerable<string> actions) => new()
    {
        Precursors = { precursors.Select(formula => new Proto.Precursor { Formula = formula }) },
        Actions = { actions },
    };

    public static Prediction FromProto(Proto.PredictResponse r) => new(
        r.Formula,
        r.Elements.Select(e => new ElementShare(e.Element, e.Fraction, e.FractionStd, e.Probability) { ModelFraction = e.ModelFraction }).ToList(),
        r.Uncertainty,
        r.Neighbours.Select(FromProto).ToList(),
        r.ModelVersion)
    {
        Candidates = r.Candidates.Select(FromProto).ToList(),
        ModelFormula = r.ModelFormula,
        Warnings = r.Warnings.ToList(),
    };

    public static Candidate FromProto(Proto.ProductCandidate c) => new(
        c.Formula,
        c.Fractions.ToDictionary(f => f.Element, f => f.Fraction),
        c.Probability,
        c.Sources.ToList(),
        c.Support?.Reactions ?? 0,
        c.Support?.SimilarReactions ?? 0,
        c.Support?.Examples.Select(x => new SupportingReaction(x.ReactionId, x.Doi, x.ReactionString, x.Similarity,
            x.HeatingTemperaturesC.ToList(), x.HeatingTimesH.ToList())).ToList() ?? [])
    {
        Analogues = c.Analogues.ToList(),
        DopedHost = c.DopedHost,
    };

    public static Neighbour FromProto(Proto.SimilarReaction n) => new(n.ReactionId, n.Doi, n.ReactionString, n.Target, n.Similarity);

    public static Match FromProto(Proto.ReactionMatch m) => new(m.ReactionId, m.Doi, m.ReactionString, m.Target, m.Precursors.ToList(), m.Score);

    public static PropertyPrediction FromProto(Proto.PropertyPrediction p) =>
        new(p.Formula, p.ModelName, p.Target, p.Unit, p.Value, p.AleatoricUncertainty, p.EpistemicUncertainty, p.ProtostructureLabel);

    public static PropertyModel FromProto(Proto.PropertyModel m) =>
        new(m.Name, (PropertyInput)(int)m.Input, m.Target, m.Unit, m.TrainingData, m.Members, m.TestMae);
}
