namespace Synthesis.Data.Reactions;

/// <summary>The seven synthesis action classes of the reaction model (Malik et al.; Goodall thesis ch. 5).</summary>
public enum ActionClass
{
    DryMixing = 0,
    SolutionMixing = 1,
    Quenching = 2,
    Shaping = 3,
    Heating = 4,
    Drying = 5,
    LiquidGrinding = 6,
}
