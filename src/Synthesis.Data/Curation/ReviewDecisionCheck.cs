using Synthesis.Chemistry;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Data.Curation;

/// <summary>
/// What makes a review acceptable, in one place for the store, the gRPC service and the CLI: errors name the
/// field as the Curation API spells it ("corrected_target: ...").
/// </summary>
public static class ReviewDecisionCheck
{
    /// <summary>The corrected target parsed, or null for decisions without one; throws <see cref="ArgumentException"/> naming the field.</summary>
    public static Composition? Validate(ReviewDecision decision)
    {
        if (!Enum.IsDefined(decision.Status)) throw new ArgumentException("status: must be unreviewed, confirmed-error, false-alarm or corrected");
        var reviewer = decision.Reviewer.Trim();
        if (reviewer.Length == 0) throw new ArgumentException("reviewer: who decides is required");
        if (reviewer.Length > InputLimits.MaxReviewerLength)
            throw new ArgumentException($"reviewer: at most {InputLimits.MaxReviewerLength} characters, got {reviewer.Length}");
        if (decision.Note.Length > InputLimits.MaxReviewNoteLength)
            throw new ArgumentException($"note: at most {InputLimits.MaxReviewNoteLength} characters, got {decision.Note.Length}");
        if (decision.ExpectedRevision < 0) throw new ArgumentException($"expected_revision: must be 0 or more, got {decision.ExpectedRevision}");
        var target = decision.CorrectedTarget?.Trim() ?? "";
        if (decision.Status != ReviewStatus.Corrected)
            return target.Length == 0 ? null : throw new ArgumentException("corrected_target: only a 'corrected' review carries a corrected target");
        if (target.Length == 0) throw new ArgumentException("corrected_target: a 'corrected' review needs the corrected target formula");
        if (target.Length > InputLimits.MaxFormulaLength)
            throw new ArgumentException($"corrected_target: at most {InputLimits.MaxFormulaLength} characters, got {target.Length}");
        Composition composition;
        try
        {
            composition = FormulaParser.Parse(target);
        }
        catch (FormulaException e)
        {
            throw new ArgumentException($"corrected_target: {e.Reason} at position {e.Position} in '{InputLimits.Echo(target)}'");
        }
        return composition.Count >= 2 ? composition
            : throw new ArgumentException($"corrected_target: '{InputLimits.Echo(target)}' is a single element, not a compound");
    }
}
