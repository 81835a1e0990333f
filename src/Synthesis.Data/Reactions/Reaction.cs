namespace Synthesis.Data.Reactions;

/// <summary>
/// One literature synthesis reaction as stored: what went in, what was done, what came out, and whether
/// cleaning kept it (with the reason when it did not). A plain document for LiteDB.
/// </summary>
public sealed class Reaction
{
    /// <summary>
    /// Stable id: "r" + the first 12 hex digits of SHA-256 over the DOI (lower case) and reaction string; a record
    /// repeating an earlier one's DOI and reaction string gets "-2", "-3", ... in source order.
    /// </summary>
    public string Id { get; set; } = "";
    public int DatasetVersion { get; set; }
    /// <summary>Position of the record in the source file, for error messages and provenance.</summary>
    public int SourceIndex { get; set; }
    public string Doi { get; set; } = "";
    public string ReactionString { get; set; } = "";
    public List<Precursor> Precursors { get; set; } = [];
    /// <summary>
    /// Target formula for display (mixtures summed, weighted by their amounts), as a chemist reads it
    /// (<see cref="RecordedProduct"/>); in the text-mined composition's element order in databases imported before
    /// cleaning revision 1.
    /// </summary>
    public string TargetFormula { get; set; } = "";
    /// <summary>Target element → amount (resolved: no variables); fractions via <see cref="TargetFractions"/>.</summary>
    public Dictionary<string, double> Target { get; set; } = [];
    /// <summary>
    /// The target as the text-mining resolved it, when its oxygen was written as a variable and cleaning gave it one
    /// (<c>Cleaning.VariableOxygen</c>); null otherwise. Duplicate detection and the grouped split read it, so that a
    /// cleaning revision keeps a dataset's kept reactions and splits, and the models trained on them, valid.
    /// </summary>
    public Dictionary<string, double>? RecordedTarget { get; set; }
    public List<ActionClass> Actions { get; set; } = [];
    /// <summary>Every operation in source order with its conditions, including the ones outside the seven classes.</summary>
    public List<Operation> Operations { get; set; } = [];
    /// <summary>Dopants and additives named by the target, kept out of its stoichiometry.</summary>
    public List<string> Additives { get; set; } = [];
    public bool Kept { get; set; }
    /// <summary>Why cleaning dropped the reaction (null when kept).</summary>
    public string? DropReason { get; set; }
    /// <summary>The finding behind <see cref="DropReason"/>, naming the amount, formula or value (null when kept).</summary>
    public string? DropDetail { get; set; }
    /// <summary>Non-fatal findings (e.g. a precursor sharing no element with the target); kept reactions may carry them.</summary>
    public List<string> Warnings { get; set; } = [];

    public Dictionary<string, double> TargetFractions()
    {
        var total = Target.Values.Sum();
        return Target.ToDictionary(e => e.Key, e => e.Value / total);
    }
}

/// <summary>A starting material: the formula as the paper wrote it, its resolved composition and its amount in the balanced equation.</summary>
public sealed class Precursor
{
    public string Formula { get; set; } = "";
    public Dictionary<string, double> Composition { get; set; } = [];
    /// <summary>Molar amount from the balanced left side; 0 when the equation leaves it out (e.g. a dopant source). The reaction model never sees it.</summary>
    public double Amount { get; set; }
}

/// <summary>A synthesis operation as text-mined: its token, type, mapped class (if any) and conditions.</summary>
public sealed class Operation
{
    public string Token { get; set; } = "";
    public string Type { get; set; } = "";
    public ActionClass? Action { get; set; }
    /// <summary>Temperatures in °C (as given, converted from K where the unit says so).</summary>
    public List<double> TemperaturesC { get; set; } = [];
    /// <summary>Times in hours.</summary>
    public List<double> TimesH { get; set; } = [];
    public List<string> Atmospheres { get; set; } = [];
    public List<string> Media { get; set; } = [];
    public List<string> Devices { get; set; } = [];
}
