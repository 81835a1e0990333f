using Synthesis.Models.Curation;

namespace Synthesis.Models.Tests.Curation;

public sealed class ScoreFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-scores-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Scores_of_this_revision_are_reused_and_older_ones_are_stale()
    {
        var path = Path.Combine(_directory, "scores.json");
        ScoreFile.Write(path, [new ScoredReaction { ReactionId = "r1", PredictedProduct = "BaTiO3" }]);
        Assert.Equal("r1", Assert.Single(ScoreFile.TryRead(path)!).ReactionId);

        // A bare list, as revision 1 wrote it (a record's own paper could feed its candidates), is scored again.
        File.WriteAllText(path, """[{"ReactionId":"r1","PredictedProduct":"BaTiO3"}]""");
        Assert.Null(ScoreFile.TryRead(path));
        File.WriteAllText(path, """{"Revision":1,"Scores":[]}""");
        Assert.Null(ScoreFile.TryRead(path));
        Assert.Null(ScoreFile.TryRead(Path.Combine(_directory, "absent.json")));
    }
}
