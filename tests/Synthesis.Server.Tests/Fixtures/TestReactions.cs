using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;

namespace Synthesis.Server.Tests.Fixtures;

/// <summary>A handful of hand-made reactions, enough for neighbours, fuzzy search, element filters and paging.</summary>
public static class TestReactions
{
    public static readonly IReadOnlyList<Reaction> All =
    [
        Make("r000000000001", "10.1000/licoo2", "2 Li2CO3 + 4/3 Co3O4 + 1/3 O2 == 4 LiCoO2 + 2 CO2", "LiCoO2", ["Li2CO3", "Co3O4"]),
        Make("r000000000002", "10.1000/nanio2", "Na2O2 + 2 NiO == 2 NaNiO2", "NaNiO2", ["Na2O2", "NiO"]),
        Make("r000000000003", "10.1000/nca", "Li2CO3 + 1.6 NiO + 0.1333 Co3O4 == 2 LiNi0.8Co0.2O2 + CO2", "LiNi0.8Co0.2O2", ["Li2CO3", "NiO", "Co3O4"]),
        Make("r000000000004", "10.1000/batio3", "BaCO3 + TiO2 == BaTiO3 + CO2", "BaTiO3", ["BaCO3", "TiO2"]),
        Make("r000000000005", "10.1000/lsmo", "0.3 La2O3 + 0.4 SrCO3 + MnO2 == La0.6Sr0.4MnO3 + 0.4 CO2", "La0.6Sr0.4MnO3", ["La2O3", "SrCO3", "MnO2"]),
    ];

    private static Reaction Make(string id, string doi, string equation, string target, string[] precursors) => new()
    {
        Id = id,
        DatasetVersion = 1,
        SourceIndex = int.Parse(id[^1..]),
        Doi = doi,
        ReactionString = equation,
        TargetFormula = target,
        Target = Composition.Parse(target).ToDictionary(e => e.Key, e => e.Value),
        Precursors = precursors.Select(p => new Precursor { Formula = p, Composition = Composition.Parse(p).ToDictionary(e => e.Key, e => e.Value), Amount = 1 }).ToList(),
        Actions = [ActionClass.DryMixing, ActionClass.Heating],
        Operations = [new Operation { Token = "calcined", Type = "HeatingOperation", Action = ActionClass.Heating, TemperaturesC = [900], TimesH = [12], Atmospheres = ["air"] }],
        Kept = true,
    };
}
