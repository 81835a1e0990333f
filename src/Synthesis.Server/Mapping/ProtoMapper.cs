using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Server.Search;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Mapping;

/// <summary>Domain objects → wire messages.</summary>
public static class ProtoMapper
{
    public static Proto.PredictResponse ToProto(ProductPrediction prediction, string modelVersion) => new()
    {
        Formula = prediction.Formula,
        Elements =
        {
            prediction.Elements.Select(e => new Proto.ElementPrediction
            {
                Element = e.Element, Fraction = e.Fraction, FractionStd = e.FractionStd, Probability = e.Probability,
                ModelFraction = e.ModelFraction,
            }),
        },
        Uncertainty = prediction.Uncertainty,
        Neighbours = { prediction.Neighbours.Select(ToProto) },
        ModelVersion = modelVersion,
        Candidates = { prediction.Candidates.Select(ToProto) },
        ModelFormula = prediction.ModelFormula,
        Warnings = { prediction.Warnings },
    };

    public static Proto.ProductCandidate ToProto(ProductCandidate candidate) => new()
    {
        Formula = candidate.Formula,
        Fractions = { candidate.Fractions.Select(f => new Proto.ElementFraction { Element = f.Key, Fraction = f.Value }) },
        Probability = candidate.Probability,
        Sources = { candidate.Sources },
        Analogues = { candidate.Analogues },
        DopedHost = candidate.DopedHost,
        Support = new Proto.LiteratureSupport
        {
            Reactions = candidate.Support.Reactions,
            SimilarReactions = candidate.Support.SimilarReactions,
            Examples =
            {
                candidate.Support.Examples.Select(r => new Proto.SupportingReaction
                {
                    ReactionId = r.ReactionId, Doi = r.Doi, ReactionString = r.ReactionString, Similarity = r.Similarity,
                    HeatingTemperaturesC = { r.HeatingTemperaturesC }, HeatingTimesH = { r.HeatingTimesH },
                }),
            },
        },
    };

    public static Proto.SimilarReaction ToProto(SimilarReaction similar) => new()
    {
        ReactionId = similar.ReactionId, Doi = similar.Doi, ReactionString = similar.ReactionString,
        Target = similar.Target, Similarity = similar.Similarity,
    };

    public static Proto.ReactionMatch ToProto(SearchHit hit) => new()
    {
        ReactionId = hit.Entry.Summary.Id, Doi = hit.Entry.Summary.Doi, ReactionString = hit.Entry.Summary.ReactionString,
        Target = hit.Entry.Summary.TargetFormula, Precursors = { hit.Entry.Summary.PrecursorFormulas }, Score = hit.Score,
    };

    public static Proto.Reaction ToProto(Reaction reaction) => new()
    {
        Id = reaction.Id,
        DatasetVersion = reaction.DatasetVersion,
        SourceIndex = reaction.SourceIndex,
        Doi = reaction.Doi,
        ReactionString = reaction.ReactionString,
        Precursors =
        {
            reaction.Precursors.Select(p => new Proto.StoredPrecursor { Formula = p.Formula, Composition = { p.Composition }, Amount = p.Amount }),
        },
        TargetFormula = reaction.TargetFormula,
        Target = { reaction.Target },
        Actions = { reaction.Actions.Select(ToProto) },
        Operations = { reaction.Operations.Select(ToProto) },
        Additives = { reaction.Additives },
        Kept = reaction.Kept,
        DropReason = reaction.DropReason ?? "",
        DropDetail = reaction.DropDetail ?? "",
        Warnings = { reaction.Warnings },
    };

    private static Proto.Operation ToProto(Operation operation) => new()
    {
        Token = operation.Token,
        Type = operation.Type,
        Action = operation.Action is { } action ? ToProto(action) : Proto.ActionClass.Unspecified,
        TemperaturesC = { operation.TemperaturesC },
        TimesH = { operation.TimesH },
        Atmospheres = { operation.Atmospheres },
        Media = { operation.Media },
        Devices = { operation.Devices },
    };

    private static Proto.ActionClass ToProto(ActionClass action) => action switch
    {
        ActionClass.DryMixing => Proto.ActionClass.DryMixing,
        ActionClass.SolutionMixing => Proto.ActionClass.SolutionMixing,
        ActionClass.Quenching => Proto.ActionClass.Quenching,
        ActionClass.Shaping => Proto.ActionClass.Shaping,
        ActionClass.Heating => Proto.ActionClass.Heating,
        ActionClass.Drying => Proto.ActionClass.Drying,
        ActionClass.LiquidGrinding => Proto.ActionClass.LiquidGrinding,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "unknown action class"),
    };
}
