using Synthesis.Data.Curation;

namespace Synthesis.Data.Tests.Curation;

public class JudgementFileTests
{
    private static IReadOnlyList<Judgement> Read(params string[] lines) => JudgementFile.Read(new StringReader(string.Join('\n', lines)));

    [Fact]
    public void Errors_become_confirmed_errors_or_corrections_correct_records_false_alarms_and_unclear_ones_nothing()
    {
        var judgements = Read(
            "rank\treaction_id\tdoi\tjudgement\twhy\tcorrected_target",
            "1\tr1\t10.1/a\terror\tOx read as O1\t",
            "2\tr2\t10.1/a\terror\tdropped subscript\tNa3V2(PO4)3",
            "",
            "3\tr3\t10.1/b\tCorrect\tdilute dopant",
            "4\tr4\t10.1/b\tunclear\tneeds the paper");

        var decisions = judgements.Select(j => j.Decision("ada", 1)).ToList();

        Assert.Equal([2, 3, 5, 6], judgements.Select(j => j.Line));
        Assert.Equal(new ReviewDecision(ReviewStatus.ConfirmedError, null, "ada", "Ox read as O1", 1), decisions[0]);
        Assert.Equal(new ReviewDecision(ReviewStatus.Corrected, "Na3V2(PO4)3", "ada", "dropped subscript", 1), decisions[1]);
        Assert.Equal(ReviewStatus.FalseAlarm, decisions[2]!.Status);
        Assert.Null(decisions[3]);
    }

    [Theory]
    [InlineData("line 1: no 'why' column in the header", "reaction_id\tjudgement")]
    [InlineData("line 2: judgement must be error, correct or unclear, got 'maybe'", "reaction_id\tjudgement\twhy", "r1\tmaybe\t?")]
    [InlineData("line 2: reaction_id must be 1 to 64 characters", "reaction_id\tjudgement\twhy", "\terror\t?")]
    [InlineData("line 2: corrected_target belongs to an 'error' judgement only", "reaction_id\tjudgement\twhy\tcorrected_target", "r1\tcorrect\tok\tBaTiO3")]
    [InlineData("line 3: reaction r1 is judged twice", "reaction_id\tjudgement\twhy", "r1\terror\t?", "r1\tcorrect\t?")]
    [InlineData("line 1: the file is empty; expected a header with reaction_id, judgement and why")]
    public void A_bad_file_is_refused_naming_the_line(string message, params string[] lines)
    {
        var error = Assert.Throws<FormatException>(() => Read(lines));

        Assert.Equal(message, error.Message);
    }
}
