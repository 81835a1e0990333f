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
        r.Elements.Select(e => new ElementShare(e.Element, e.Fraction, e.FractionStd, e.Probability)).ToList(),
        r.Uncertainty,
        r.Neighbours.Select(FromProto).ToList(),
        r.ModelVersion);

    public static Neighbour FromProto(Proto.SimilarReaction n) => new(n.ReactionId, n.Doi, n.ReactionString, n.Target, n.Similarity);

    public static Match FromProto(Proto.ReactionMatch m) => new(m.ReactionId, m.Doi, m.ReactionString, m.Target, m.Precursors.ToList(), m.Score);
}
