using System.Collections.Frozen;

namespace Synthesis.Data.Reactions;

/// <summary>Reads action names as people and the text-mined data write them ("mixing", "Heating", "HeatingOperation").</summary>
public static class ActionNames
{
    private static readonly FrozenDictionary<string, ActionClass> ByName = new Dictionary<string, ActionClass>
    {
        ["mixing"] = ActionClass.DryMixing,
        ["drymixing"] = ActionClass.DryMixing,
        ["mixingoperation"] = ActionClass.DryMixing,
        ["grinding"] = ActionClass.DryMixing,
        ["milling"] = ActionClass.DryMixing,
        ["solutionmixing"] = ActionClass.SolutionMixing,
        ["mixinginsolution"] = ActionClass.SolutionMixing,
        ["dissolving"] = ActionClass.SolutionMixing,
        ["quenching"] = ActionClass.Quenching,
        ["quench"] = ActionClass.Quenching,
        ["quenchingoperation"] = ActionClass.Quenching,
        ["shaping"] = ActionClass.Shaping,
        ["pressing"] = ActionClass.Shaping,
        ["pelletizing"] = ActionClass.Shaping,
        ["shapingoperation"] = ActionClass.Shaping,
        ["heating"] = ActionClass.Heating,
        ["calcination"] = ActionClass.Heating,
        ["sintering"] = ActionClass.Heating,
        ["annealing"] = ActionClass.Heating,
        ["firing"] = ActionClass.Heating,
        ["heatingoperation"] = ActionClass.Heating,
        ["drying"] = ActionClass.Drying,
        ["dryingoperation"] = ActionClass.Drying,
        ["liquidgrinding"] = ActionClass.LiquidGrinding,
        ["wetgrinding"] = ActionClass.LiquidGrinding,
        ["wetmilling"] = ActionClass.LiquidGrinding,
    }.ToFrozenDictionary();

    /// <summary>Every accepted spelling, for error messages and help text.</summary>
    public static IEnumerable<string> Accepted => ByName.Keys.Order();

    public static bool TryParse(string name, out ActionClass action) =>
        ByName.TryGetValue(Normalise(name), out action) || Enum.TryParse(name.Trim(), ignoreCase: true, out action) && Enum.IsDefined(action);

    public static ActionClass Parse(string name) =>
        TryParse(name, out var action) ? action
            : throw new ArgumentException($"unknown action '{name}': use one of dry mixing, mixing in solution, quenching, shaping, heating, drying, liquid grinding");

    /// <summary>The operation types of the text-mined data (shared/data/README.md); null for types outside the seven classes.</summary>
    public static ActionClass? FromOperationType(string type) => type switch
    {
        "Mixing" or "MixingOperation" => ActionClass.DryMixing,
        "SolutionMixing" => ActionClass.SolutionMixing,
        "QuenchingOperation" => ActionClass.Quenching,
        "ShapingOperation" => ActionClass.Shaping,
        "HeatingOperation" => ActionClass.Heating,
        "DryingOperation" => ActionClass.Drying,
        "LiquidGrinding" => ActionClass.LiquidGrinding,
        _ => null,
    };

    public static string Display(ActionClass action) => action switch
    {
        ActionClass.DryMixing => "dry mixing",
        ActionClass.SolutionMixing => "mixing in solution",
        ActionClass.Quenching => "quenching",
        ActionClass.Shaping => "shaping",
        ActionClass.Heating => "heating",
        ActionClass.Drying => "drying",
        ActionClass.LiquidGrinding => "liquid grinding",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static string Normalise(string name) =>
        new(name.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
