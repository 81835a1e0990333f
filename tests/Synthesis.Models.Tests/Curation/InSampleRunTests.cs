using Synthesis.Data.Storage;
using Synthesis.Models.Curation;
using Synthesis.Models.Reactions;

namespace Synthesis.Models.Tests.Curation;

/// <summary>In-sample scores are reused for the same dataset, model and candidate scorer, and computed anew for another scorer.</summary>
public sealed class InSampleRunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("synthesis-in-sample-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_retrained_scorer_under_the_same_model_version_is_not_served_old_scores()
    {
        var version = new DatasetVersion(1, "sample.json", "0123456789abcdef", DateTime.UnixEpoch, 0, 0);
        var loads = 0;
        IReactionPredictor Load()
        {
            loads++;
            return new NoPredictions();
        }
        var run = new InSampleRun(_directory, _ => { });

        run.Run("model-v1-scorer0000aaaa", Load, [], version);
        run.Run("model-v1-scorer0000aaaa", Load, [], version);
        Assert.Equal(1, loads); // the second run reused the first one's scores
        run.Run("model-v1-scorer1111bbbb", Load, [], version);
        Assert.Equal(2, loads);
    }

    private sealed class NoPredictions : IReactionPredictor
    {
        public string ModelVersion => "model-v1";
        public IReadOnlyList<ProductPrediction> Predict(IReadOnlyList<ReactionQuery> queries, int neighbours, int candidates) => [];
        public IReadOnlyList<SimilarReaction>? SimilarTo(string reactionId, int k) => null;
    }
}
