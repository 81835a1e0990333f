using Synthesis.Chemistry.Formulas;
using static Synthesis.Chemistry.InputLimits;
using Synthesis.Data.Import;
using Synthesis.Data.Reactions;

namespace Synthesis.Data.Cleaning;

/// <summary>
/// Resolves one source record into a stored <see cref="Reaction"/> and applies the per-record cleaning rules in
/// this order, recording the first that fails: well-formed record, resolvable amounts and formulas with sane
/// values, a target of at least two elements, 2–10 precursors, nothing organic; a target's oxygen written as a variable,
/// or mined as 1 where its cations need more, is balanced with the precursors' charges (<see cref="VariableOxygen"/>). Duplicates need the whole
/// dataset and are the importer's (<see cref="DuplicateFilter"/>).
/// </summary>
public static class ReactionResolver
{
    /// <summary>
    /// The cleaning rules' revision, stored with each imported version: a database imported under an older revision
    /// imports the same file again, as a new version. 0: until 2026-11-29; 1: a target's oxygen written as a variable is
    /// balanced (<see cref="VariableOxygen"/>), and the target's formula is stored as a chemist reads it
    /// (<see cref="RecordedProduct"/>: "BaTiO3", not the text-mined composition's "TiO3Ba"); 2 (2026-11-30): so is an
    /// oxygen mined as 1 that is fewer than the target's other elements' charges need (<see cref="VariableOxygen.IsLost"/>:
    /// InGaZnO → InGaZnO4).
    /// </summary>
    public const int Revision = 2;

    /// <summary>Elements a precursor may share with the target and still look unrelated to it.</summary>
    private static readonly HashSet<string> Ubiquitous = ["O", "C", "H", "N"];

    public static Reaction Resolve(SourceRecordResult source)
    {
        var record = source.Record;
        var reaction = new Reaction
        {
            SourceIndex = source.Index,
            Doi = record?.Doi ?? source.Doi ?? "",
            ReactionString = record?.ReactionString ?? "",
        };
        try
        {
            if (record is null) throw new RecordRejectedException(DropReasons.MalformedRecord, source.Error ?? "empty record");
            Fill(reaction, record);
            Check(reaction);
            reaction.Kept = true;
        }
        catch (RecordRejectedException e)
        {
            reaction.DropReason = e.Reason;
            reaction.DropDetail = e.Message;
        }
        return reaction;
    }

    private static void Fill(Reaction reaction, SourceReaction record)
    {
        var target = Required(record.Target, "target");
        var precursors = Required(record.Precursors, "precursors");
        var equation = Required(record.Reaction, "reaction");
        Required(record.Doi, "doi");
        Required(record.ReactionString, "reaction_string");
        if (precursors.Any(p => p is null)) throw new RecordRejectedException(DropReasons.MalformedRecord, "a precursor is null");

        reaction.Operations = Required(record.Operations, "operations").Select(ToOperation).ToList();
        reaction.Actions = reaction.Operations.Select(o => o.Action).OfType<ActionClass>().ToList();

        var variables = new VariableValues([target, .. precursors!]);
        var resolver = new MaterialResolver(variables, equation.ElementSubstitution ?? []);
        var targetComposition = resolver.Resolve(target, "target");
        reaction.Additives = (target.Additives ?? []).OfType<string>().ToList();

        var leftSide = (equation.LeftSide ?? []).OfType<SourceSpecies>().ToList();
        foreach (var material in precursors!.DistinctBy(p => p!.MaterialFormula))
        {
            var formula = material!.MaterialFormula ?? "";
            var species = leftSide.FirstOrDefault(s => s.Material == formula);
            if (species is null) reaction.Warnings.Add($"precursor {formula} is not in the balanced equation");
            reaction.Precursors.Add(new Precursor
            {
                Formula = formula,
                Composition = resolver.Resolve(material, "precursor").ToDictionary(e => e.Key, e => e.Value),
                Amount = species is null ? 0 : variables.Evaluate(species.Amount ?? "", $"of precursor {formula} in the balanced equation"),
            });
        }
        var precursorCompositions = reaction.Precursors.Select(p => Composition.From(p.Composition)).ToList();
        var lost = VariableOxygen.IsLost(target, targetComposition, precursorCompositions);
        if (lost || VariableOxygen.IsWritten(target))
        {
            reaction.RecordedTarget = targetComposition.ToDictionary(e => e.Key, e => e.Value);
            (targetComposition, var warning) = VariableOxygen.Balance(targetComposition, precursorCompositions, lost);
            reaction.Warnings.Add(warning);
        }
        reaction.Target = targetComposition.ToDictionary(e => e.Key, e => e.Value);
        reaction.TargetFormula = RecordedProduct.Formula(reaction);
        WarnAboutUnrelatedPrecursors(reaction);
    }

    private static void Check(Reaction reaction)
    {
        if (reaction.Target.Count < 2)
            throw new RecordRejectedException(DropReasons.SingleElementTarget, $"target {reaction.TargetFormula} has fewer than two elements");
        if (reaction.Precursors.Count < MinPrecursors)
            throw new RecordRejectedException(DropReasons.TooFewPrecursors, $"{reaction.Precursors.Count} precursor(s), fewer than {MinPrecursors}");
        if (reaction.Precursors.Count > MaxPrecursors)
            throw new RecordRejectedException(DropReasons.TooManyPrecursors, $"{reaction.Precursors.Count} precursors, more than {MaxPrecursors}");
        if (IsOrganic(reaction.Target))
            throw new RecordRejectedException(DropReasons.Organic, $"target {reaction.TargetFormula} contains C and H");
        if (reaction.Precursors.FirstOrDefault(p => IsOrganic(p.Composition)) is { } organic)
            throw new RecordRejectedException(DropReasons.Organic, $"precursor {organic.Formula} contains C and H");
    }

    private static bool IsOrganic(Dictionary<string, double> composition) => composition.ContainsKey("C") && composition.ContainsKey("H");

    /// <summary>A precursor with none of the target's elements (O, C, H, N aside, additives counted) is often an extraction error.</summary>
    private static void WarnAboutUnrelatedPrecursors(Reaction reaction)
    {
        var supplied = reaction.Target.Keys.Concat(reaction.Additives.SelectMany(AdditiveElements)).ToHashSet();
        foreach (var precursor in reaction.Precursors)
            if (!precursor.Composition.Keys.Any(e => !Ubiquitous.Contains(e) && supplied.Contains(e)))
                reaction.Warnings.Add($"precursor {precursor.Formula} shares no element with the target other than O, C, H, N");
    }

    /// <summary>Element symbols named in an additive string such as "Eu3+x" or "Eu0.01".</summary>
    private static IEnumerable<string> AdditiveElements(string additive) =>
        FormulaParser.TryParse(new string(additive.TakeWhile(char.IsLetter).ToArray()), out var composition, out _) ? composition!.Elements : [];

    private static Operation ToOperation(SourceOperation? source, int position)
    {
        if (source is null) throw new RecordRejectedException(DropReasons.MalformedRecord, $"operation {position} is null");
        var where = $"in operation {position} ({source.Token})";
        var conditions = source.Conditions;
        return new Operation
        {
            Token = source.Token ?? "",
            Type = source.Type ?? "",
            Action = source.Type is null ? null : ActionNames.FromOperationType(source.Type),
            TemperaturesC = (conditions?.Temperatures ?? []).OfType<SourceRange>().SelectMany(r => ConditionUnits.TemperaturesC(r, where)).ToList(),
            TimesH = (conditions?.Times ?? []).OfType<SourceRange>().SelectMany(r => ConditionUnits.TimesH(r, where)).ToList(),
            Atmospheres = (conditions?.Atmospheres ?? []).OfType<string>().ToList(),
            Media = (conditions?.Media ?? []).OfType<string>().ToList(),
            Devices = (conditions?.Devices ?? []).OfType<string>().ToList(),
        };
    }

    private static T Required<T>(T? value, string field) where T : class =>
        value ?? throw new RecordRejectedException(DropReasons.MalformedRecord, $"missing field '{field}'");
}
