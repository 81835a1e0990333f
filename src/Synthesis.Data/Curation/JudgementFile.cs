using Synthesis.Chemistry;

namespace Synthesis.Data.Curation;

/// <summary>One row of a judged flag list: the record is an error (with the corrected target when the paper states it), correct, or unclear.</summary>
public sealed record Judgement(int Line, string ReactionId, string Verdict, string Why, string CorrectedTarget)
{
    /// <summary>
    /// The review this judgement makes: an error with a corrected target → corrected; an error without → confirmed
    /// error (the export leaves it out); correct → false alarm; unclear → none (the flag stays as it is).
    /// </summary>
    public ReviewDecision? Decision(string reviewer, int expectedRevision) => Verdict switch
    {
        JudgementFile.Error when CorrectedTarget.Length > 0 => new(ReviewStatus.Corrected, CorrectedTarget, reviewer, Why, expectedRevision),
        JudgementFile.Error => new(ReviewStatus.ConfirmedError, null, reviewer, Why, expectedRevision),
        JudgementFile.Correct => new(ReviewStatus.FalseAlarm, null, reviewer, Why, expectedRevision),
        _ => null,
    };
}

/// <summary>
/// A tab-separated file of judged flags, as results/curation/*judged*.tsv: a header naming at least
/// <c>reaction_id</c>, <c>judgement</c> (error, correct or unclear) and <c>why</c>, optionally <c>corrected_target</c>;
/// one row per reaction. Throws <see cref="FormatException"/> naming the line and the column.
/// </summary>
public static class JudgementFile
{
    public const string Error = "error", Correct = "correct", Unclear = "unclear";

    public static IReadOnlyList<Judgement> Read(TextReader reader)
    {
        var header = reader.ReadLine()?.Split('\t') ?? throw new FormatException("line 1: the file is empty; expected a header with reaction_id, judgement and why");
        int Column(string name, bool required = true)
        {
            var index = Array.IndexOf(header, name);
            return index >= 0 || !required ? index : throw new FormatException($"line 1: no '{name}' column in the header");
        }
        var (id, verdict, why, corrected) = (Column("reaction_id"), Column("judgement"), Column("why"), Column("corrected_target", required: false));
        var judgements = new List<Judgement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var (line, number) = (reader.ReadLine(), 2); line is not null; (line, number) = (reader.ReadLine(), number + 1))
        {
            if (line.Trim().Length == 0) continue;
            if (judgements.Count == InputLimits.MaxJudgementRows) throw new FormatException($"line {number}: more than {InputLimits.MaxJudgementRows:N0} judgements in one file");
            var cells = line.Split('\t');
            string Cell(int index) => index >= 0 && index < cells.Length ? cells[index].Trim() : "";
            var judgement = new Judgement(number, Cell(id), Cell(verdict).ToLowerInvariant(), Cell(why), Cell(corrected));
            if (judgement.ReactionId.Length is 0 or > InputLimits.MaxReactionIdLength)
                throw new FormatException($"line {number}: reaction_id must be 1 to {InputLimits.MaxReactionIdLength} characters");
            if (judgement.Verdict is not (Error or Correct or Unclear))
                throw new FormatException($"line {number}: judgement must be {Error}, {Correct} or {Unclear}, got '{InputLimits.Echo(judgement.Verdict)}'");
            if (judgement.CorrectedTarget.Length > 0 && judgement.Verdict != Error)
                throw new FormatException($"line {number}: corrected_target belongs to an '{Error}' judgement only");
            if (!seen.Add(judgement.ReactionId)) throw new FormatException($"line {number}: reaction {judgement.ReactionId} is judged twice");
            judgements.Add(judgement);
        }
        return judgements;
    }
}
