using Synthesis.Models.Reactions.Candidates;

/// <summary>The candidate options compared by the bench: the default and the choices made on the way to it.</summary>
internal static class Variants
{
    public static readonly Dictionary<string, (string Description, CandidateOptions Options)> All = new()
    {
        ["default"] = ("the shipped options", new CandidateOptions()),
        ["merged-into-most-probable"] = ("near-duplicates merged into the most probable (before 2026-11-30)", new CandidateOptions { MergeByCoverage = false }),
        ["analogues-20"] = ("20 analogues per query (before 2026-11-30)", new CandidateOptions { Analogues = 20 }),
        ["most-probable-analogues-20"] = ("both as before 2026-11-30", new CandidateOptions { MergeByCoverage = false, Analogues = 20 }),
        ["validation-only"] = ("the scorer learns from the validation reactions alone", new CandidateOptions { ScorerTrainingReactions = 0 }),
        ["training-4000"] = ("4,000 training reactions beside the validation ones", new CandidateOptions { ScorerTrainingReactions = 4000 }),
        ["training-16000"] = ("16,000 training reactions beside the validation ones", new CandidateOptions { ScorerTrainingReactions = 16000 }),
        ["no-doped-hosts"] = ("no doped hosts (before 2026-11-30)", new CandidateOptions { FromDopedHosts = false }),
        ["doped-hosts-24"] = ("24 doped hosts per query", new CandidateOptions { DopedHosts = 24 }),
        ["no-analogues"] = ("no analogues", new CandidateOptions { FromAnalogues = false }),
        ["charge-balanced-10"] = ("10 charge-balanced oxides per query", new CandidateOptions { ChargeBalancedRatios = 10 }),
        ["hidden-4"] = ("4 hidden units in the scorer", new CandidateOptions { ScorerHiddenUnits = 4 }),
        ["hidden-16"] = ("16 hidden units in the scorer", new CandidateOptions { ScorerHiddenUnits = 16 }),
    };
}
