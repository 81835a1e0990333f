using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;

namespace Synthesis.Models.Tests.Reactions;

/// <summary>A version names the answers: two models trained the same day differ, and so does one model with a retrained scorer.</summary>
public sealed class ModelVersionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-version-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Versions_are_stamped_to_the_second()
    {
        Assert.Equal("20261130T051530Z", ModelFiles.VersionStamp(new DateTime(2026, 11, 30, 5, 15, 30, DateTimeKind.Utc)));
        Assert.NotEqual(ModelFiles.VersionStamp(new DateTime(2026, 11, 30, 5, 15, 30, DateTimeKind.Utc)),
            ModelFiles.VersionStamp(new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_retrained_scorer_changes_the_version_served()
    {
        File.WriteAllText(Path.Combine(_directory, ModelFiles.Manifest), """{ "version": "reaction-paper-10-20261130T051530Z" }""");
        Assert.Equal("reaction-paper-10-20261130T051530Z", ReactionPredictor.VersionOf(_directory));

        File.WriteAllText(Path.Combine(_directory, CandidateScorer.FileName), """{ "weights": [0.5] }""");
        var first = ReactionPredictor.VersionOf(_directory);
        Assert.Matches("^reaction-paper-10-20261130T051530Z-scorer[0-9a-f]{8}$", first);
        File.WriteAllText(Path.Combine(_directory, CandidateScorer.FileName), """{ "weights": [0.25] }""");
        Assert.NotEqual(first, ReactionPredictor.VersionOf(_directory));
    }

    [Fact]
    public void The_retrieval_aware_stoichiometry_is_part_of_the_version()
    {
        File.WriteAllText(Path.Combine(_directory, ModelFiles.Manifest), """{ "version": "reaction-paper-10-20261130T051530Z" }""");
        File.WriteAllText(Path.Combine(_directory, CandidateScorer.FileName), """{ "weights": [0.5] }""");
        var withoutHead = ReactionPredictor.VersionOf(_directory);
        File.WriteAllText(Path.Combine(_directory, RetrievalStoichiometry.FileName), """{ "weights": [0.5] }""");
        var first = ReactionPredictor.VersionOf(_directory);
        Assert.Matches("^reaction-paper-10-20261130T051530Z-scorer[0-9a-f]{8}-fractions[0-9a-f]{8}$", first);
        Assert.StartsWith(withoutHead, first);
        File.WriteAllText(Path.Combine(_directory, RetrievalStoichiometry.FileName), """{ "weights": [0.25] }""");
        Assert.NotEqual(first, ReactionPredictor.VersionOf(_directory));
    }

    [Fact]
    public void A_folder_without_a_model_is_refused_by_name()
    {
        var missing = Assert.Throws<FileNotFoundException>(() => ReactionPredictor.VersionOf(Path.Combine(_directory, "none")));
        Assert.Contains("none", missing.Message);
    }
}
