namespace Synthesis.Data.Curation;

/// <summary>
/// The one score that ranks flags, 0 to 1: worth most where the model is confident, the literature agrees with
/// the model, and the record does not.
/// <code>
/// model  = c · d · (0.5 + 0.5 · a)
///   c = probability of the top candidate
///   d = min(1, L1 / 0.5) · (1 − p_recorded / c)   (the second factor only when the model ranks real candidates)
///   a = share of the nearest literature reactions closer to the top candidate than to the record (0.5 without any)
/// score  = 1 − (1 − model) · Π over failed rules (1 − w_rule)
///   w = 0.6 element in no precursor, 0.5 target not a compound, 0.4 inconsistent duplicate, 0.4 precursor as
///       product, 0.1 DOI variant
/// </code>
/// L1 is between atomic fractions (0 to 2); an L1 of 0.5 (e.g. BaTiO3 recorded as TiO2) counts as full disagreement.
/// </summary>
public static class FlagScore
{
    public const double DefaultThreshold = 0.3;
    public const double FullDisagreementL1 = 0.5;

    public const string Formula =
        "1 − (1 − c·d·(0.5 + 0.5·a)) · Π(1 − w_rule); c: top candidate's probability; d: min(1, L1/0.5) · (1 − p_recorded/c); " +
        "a: share of nearest literature reactions closer to the top candidate than to the record; w: 0.6 element in no precursor, " +
        "0.5 target not a compound, 0.4 inconsistent duplicate, 0.4 precursor as product, 0.1 DOI variant";

    public static double Model(ModelSignals signals)
    {
        var confidence = signals.TopProbability;
        var disagreement = Math.Min(1, signals.L1Error / FullDisagreementL1);
        if (signals.HasCandidates && confidence > 0) disagreement *= 1 - Math.Min(1, signals.RecordedProbability / confidence);
        var literature = signals.NeighboursConsidered > 0 ? signals.NeighbourAgreement : 0.5;
        return Math.Clamp(confidence * disagreement * (0.5 + 0.5 * literature), 0, 1);
    }

    public static double Of(ModelSignals? signals, IEnumerable<RuleFinding> findings)
    {
        var unexplained = 1 - (signals is null ? 0 : Model(signals));
        foreach (var weight in findings.Select(f => f.Reason).Distinct().Select(Rules.RuleChecks.Weight)) unexplained *= 1 - weight;
        return Math.Round(1 - unexplained, 6);
    }
}
