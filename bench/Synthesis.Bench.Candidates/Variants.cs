using Synthesis.Models.Reactions.Candidates;

/// <summary>The candidate options compared by the bench: the default and the choices made on the way to it.</summary>
internal static class Variants
{
    public static readonly Dictionary<string, (string Description, CandidateOptions Options)> All = new()
    {
        ["default"] = ("the shipped options", new CandidateOptions()),
        ["validation-only"] = ("the scorer learns from the validation reactions alone", new CandidateOptions { ScorerTrainingReactions = 0 }),
        ["training-4000"] = ("4,000 training reactions beside the validation ones", new CandidateOptions { ScorerTrainingReactions = 4000 }),
        ["no-analogues"] = ("no analogues", new CandidateOptions { FromAnalogues = false }),
        ["analogues-10"] = ("10 analogues per query", new CandidateOptions { Analogues = 10 }),
        ["analogues-40"] = ("40 analogues per query", new CandidateOptions { Analogues = 40 }),
        ["charge-balanced-10"] = ("10 charge-balanced oxides per query", new CandidateOptions { ChargeBalancedRatios = 10 }),
        ["hidden-16"] = ("16 hidden units in the scorer", new CandidateOptions { ScorerHiddenUnits = 16 }),
    };
}
